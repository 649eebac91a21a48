using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Schema;

public class ActivityReplyTests
{
    [Fact]
    public void CreateReply_ChannelMessage_SwapsAccountsAndKeepsConversation()
    {
        var inbound = ActivityFixtures.Load("channel-message-mention.json");

        var reply = inbound.CreateReply("Er zijn 2 open beslissingen.");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Er zijn 2 open beslissingen.", reply.Text);
        Assert.Equal(inbound.Recipient!.Id, reply.From!.Id);
        Assert.Equal(inbound.From!.Id, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.Conversation.TenantId, reply.Conversation.TenantId);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
    }

    [Fact]
    public void GetConversationReference_Invoke_CapturesAddressing()
    {
        var inbound = ActivityFixtures.Load("adaptive-card-invoke.json");

        var reference = inbound.GetConversationReference();

        Assert.Equal(inbound.Id, reference.ActivityId);
        Assert.Equal("29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", reference.User!.Id);
        Assert.Equal("28:9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f", reference.Bot!.Id);
        Assert.Equal("a:1Xy9ZwVuTsRqPoNmLkJiHgFeDcBa8765432109876543210", reference.Conversation!.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("nl-BE", reference.Locale);
    }

    [Fact]
    public void ApplyConversationReference_ExplicitReplyToId_IsKept()
    {
        var reference = ActivityFixtures.Load("adaptive-card-invoke.json").GetConversationReference();
        var outgoing = new Activity { ReplyToId = "explicit" };

        outgoing.ApplyConversationReference(reference);

        Assert.Equal("explicit", outgoing.ReplyToId);
        Assert.Equal(reference.Bot!.Id, outgoing.From!.Id);
        Assert.Equal(reference.User!.Id, outgoing.Recipient!.Id);
    }
}
