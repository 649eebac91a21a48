using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Schema;

public class ActivityJsonTests
{
    private static readonly string[] TimestampNames = ["timestamp", "localTimestamp"];

    [Theory]
    [InlineData("channel-message-mention.json")]
    [InlineData("adaptive-card-invoke.json")]
    [InlineData("conversation-update-team-install.json")]
    [InlineData("installation-update-add.json")]
    public void Serialize_TeamsFixture_RoundTripsEveryProperty(string fixture)
    {
        var original = JsonNode.Parse(ActivityFixtures.Json(fixture))!.AsObject();

        var written = JsonNode.Parse(JsonSerializer.Serialize(ActivityFixtures.Load(fixture), ProtocolJson.Options))!.AsObject();

        // DateTimeOffset writes "+00:00" where Teams writes "Z": compare those as instants, the rest as JSON.
        foreach (var name in TimestampNames)
        {
            Assert.Equal(original[name]?.GetValue<DateTimeOffset>(), written[name]?.GetValue<DateTimeOffset>());
            original.Remove(name);
            written.Remove(name);
        }

        Assert.True(JsonNode.DeepEquals(original, written), $"Round trip changed {fixture}:\n{written}");
    }

    [Fact]
    public void Deserialize_UnknownProperties_KeptInExtensionData()
    {
        var activity = ActivityFixtures.Load("channel-message-mention.json");

        Assert.Equal("Europe/Brussels", activity.Properties!["localTimezone"].GetString());
        Assert.Equal("Web", activity.Entities![1].Properties!["platform"].GetString());
    }

    [Fact]
    public void Serialize_NullProperties_AreOmittedAndNamesAreCamelCase()
    {
        var json = JsonSerializer.Serialize(Activity.CreateMessageActivity("Hallo"), ProtocolJson.Options);

        Assert.Equal("""{"type":"message","text":"Hallo"}""", json);
    }

    [Fact]
    public void Deserialize_InvokeFixture_ReadsAdaptiveCardValue()
    {
        var activity = ActivityFixtures.Load("adaptive-card-invoke.json");

        var value = activity.GetValueAs<AdaptiveCardInvokeValue>();

        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", value!.Action!.Type);
        Assert.Equal("decisions.vote", value.Action.Verb);
        Assert.Equal("B-2026-014", value.Action.Data.GetProperty("decisionId").GetString());
        Assert.Equal("manual", value.Trigger);
    }

    [Fact]
    public void GetValueAs_ValueOfWrongShape_ReturnsNull()
    {
        var activity = new Activity { Value = JsonDocument.Parse("""{"action":"not an object"}""").RootElement };

        Assert.Null(activity.GetValueAs<AdaptiveCardInvokeValue>());
        Assert.Null(new Activity().GetValueAs<AdaptiveCardInvokeValue>());
    }

    [Fact]
    public void Serialize_MentionInEntityList_WritesMentionFields()
    {
        var activity = Activity.CreateMessageActivity("Hallo <at>An Peeters</at>");
        activity.Entities = [new Mention { Mentioned = new ChannelAccount { Id = "29:an", Name = "An Peeters" }, Text = "<at>An Peeters</at>" }];

        var entity = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!["entities"]![0]!;

        Assert.Equal("mention", entity["type"]!.GetValue<string>());
        Assert.Equal("29:an", entity["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal("<at>An Peeters</at>", entity["text"]!.GetValue<string>());
    }

    [Fact]
    public void EntityFromObject_TypedValue_RoundTripsThroughGetAs()
    {
        var entity = Entity.FromObject(new Mention { Mentioned = new ChannelAccount { Id = "29:x" }, Text = "<at>X</at>" });

        var mention = entity.GetAs<Mention>();

        Assert.Equal("mention", entity.Type);
        Assert.Equal("29:x", mention!.Mentioned!.Id);
    }
}
