using System.Text.Json;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Schema;

public class ActivityTeamsTests
{
    private const string BotId = "28:9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";

    [Fact]
    public void RemoveRecipientMention_ChannelMessage_StripsBotMentionAndTrims()
    {
        var activity = ActivityFixtures.Load("channel-message-mention.json");

        var text = activity.RemoveRecipientMention();

        Assert.Equal("toon de open beslissingen", text);
        Assert.Equal(text, activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_DifferentCase_StillStripped()
    {
        var activity = MessageWithMention("<AT>coopbot</AT> help", BotId, "CoopBot", "<at>CoopBot</at>");

        Assert.Equal("help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_EntityWithoutText_FallsBackToAtName()
    {
        var activity = MessageWithMention("<at>CoopBot</at> stemmen", BotId, "CoopBot", mentionText: null);

        Assert.Equal("stemmen", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_OtherUserMentioned_KeepsThatMention()
    {
        var activity = MessageWithMention("vraag aan <at>An</at>", "29:an", "An", "<at>An</at>");

        Assert.Equal("vraag aan <at>An</at>", activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetMentions_ClientInfoAndMention_ReturnsOnlyMentions()
    {
        var mentions = ActivityFixtures.Load("channel-message-mention.json").GetMentions();

        var mention = Assert.Single(mentions);
        Assert.Equal(BotId, mention.Mentioned!.Id);
        Assert.Equal("<at>CoopBot</at>", mention.Text);
    }

    [Fact]
    public void GetTeamsChannelData_TeamInstall_ReadsTeamTenantEventAndSelectedChannel()
    {
        var data = ActivityFixtures.Load("conversation-update-team-install.json").GetTeamsChannelData();

        Assert.Equal("teamMemberAdded", data.EventType);
        Assert.Equal("Raad van Bestuur", data.Team!.Name);
        Assert.Equal("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", data.Team.AadGroupId);
        Assert.Equal("4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e", data.Tenant!.Id);
        Assert.Equal("19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2", data.Settings!.SelectedChannel!.Id);
    }

    [Fact]
    public void GetTeamsChannelData_InstallationUpdate_ReadsChannelAndAction()
    {
        var activity = ActivityFixtures.Load("installation-update-add.json");

        var data = activity.GetTeamsChannelData();

        Assert.Equal("add", activity.Action);
        Assert.Equal("19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2", data.Channel!.Id);
        Assert.True(data.Properties!.ContainsKey("source"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"a string\"")]
    [InlineData("{\"tenant\":\"not an object\"}")]
    public void GetTeamsChannelData_AbsentOrMalformed_ReturnsEmpty(string? channelData)
    {
        var activity = new Activity { ChannelData = channelData is null ? null : JsonDocument.Parse(channelData).RootElement };

        var data = activity.GetTeamsChannelData();

        Assert.Null(data.Tenant);
        Assert.Null(data.Team);
    }

    [Fact]
    public void GetTenantId_OnlyInChannelData_ReadsChannelData()
    {
        var activity = new Activity { ChannelData = JsonDocument.Parse("""{"tenant":{"id":"t-1"}}""").RootElement };

        Assert.Equal("t-1", activity.GetTenantId());
    }

    private static Activity MessageWithMention(string text, string mentionedId, string mentionedName, string? mentionText) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "CoopBot" },
        Entities = [Entity.FromObject(new Mention { Mentioned = new ChannelAccount { Id = mentionedId, Name = mentionedName }, Text = mentionText })],
    };
}
