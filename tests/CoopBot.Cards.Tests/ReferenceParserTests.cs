using CoopBot.Testing;
using System.Text.Json.Nodes;

namespace CoopBot.Cards.Tests;

public class ReferenceParserTests
{
    [Fact]
    public async Task Validate_RichSampleWithEveryType_IsCleanAndUnder28Kb()
    {
        var card = SampleCards.Rich();

        var result = Assert.Single(await ReferenceCardValidator.ValidateAsync([AdaptiveCardSerializer.ToJsonNode(card)]));

        Assert.True(result.IsClean, result.ToString());
        Assert.Equal(AdaptiveCardSerializer.Utf8Size(card), result.Bytes);
        Assert.InRange(result.Bytes, 1, (28 * 1024) - 1);
    }

    [Fact]
    public async Task Validate_OneCardPerElementAndAction_AllClean()
    {
        var cards = ElementSamples.All().Select(element => new AdaptiveCard().AddBody(element))
            .Concat(ActionSamples.All().Select(action => new AdaptiveCard().AddActions(action)))
            .Select(AdaptiveCardSerializer.ToJsonNode)
            .ToList();

        var results = await ReferenceCardValidator.ValidateAsync(cards);

        Assert.All(results, result => Assert.True(result.IsClean, result.ToString()));
    }

    [Fact]
    public async Task Validate_BrokenCards_EachReportedAtItsIndex()
    {
        // One node run for all cases: every card is the clean rich sample with one defect.
        JsonNode Broken(Action<JsonNode> breakIt)
        {
            var card = AdaptiveCardSerializer.ToJsonNode(SampleCards.Rich());
            breakIt(card);
            return card;
        }

        JsonNode WithAction(string action) => Broken(card => card["actions"]!.AsArray().Add(JsonNode.Parse(action)));

        var cards = new[]
        {
            Broken(card => card["version"] = "1.6"),
            Broken(card => card["body"]![0]!["colour"] = "Good"),
            Broken(card => card["body"]![0]!["size"] = "Huge"),
            Broken(card => card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Carousel" })),
            Broken(card => card["body"]!.AsArray().Single(e => (string?)e!["id"] == "meetingTime")!["value"] = "14:30:00"),
            WithAction("""{"type":"Action.Frobnicate","title":"x"}"""),
            WithAction("""{"type":"Action.Execute","title":"x","verb":"v","associatedInputs":"sometimes"}"""),
            WithAction("""{"type":"Action.Execute","title":"x","verb":"v","stlye":"positive"}"""),
            Broken(card => card["refresh"]!["userIdz"] = new JsonArray()),
            Broken(card => card["actions"]![0]!["role"] = "Button"),
            AdaptiveCardSerializer.ToJsonNode(new AdaptiveCard().AddBody(new InputText("x") { IsRequired = true })),
            AdaptiveCardSerializer.ToJsonNode(new AdaptiveCard().AddBody(new TextBlock(new string('x', 29 * 1024)))),
            AdaptiveCardSerializer.ToJsonNode(SampleCards.Rich()),
        };

        var results = await ReferenceCardValidator.ValidateAsync(cards);

        Assert.Collection(
            results,
            r => Assert.Contains(r.Errors, e => e.Contains("UnsupportedCardVersion", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("UnknownProperty at $.body[0].colour", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("InvalidPropertyValue", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("UnknownElementType", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("DroppedProperty at $.body[10].value", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("UnknownActionType", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("ChangedValue at $.actions[3].associatedInputs", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("UnknownProperty at $.actions[3].stlye", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("UnknownProperty at $.refresh.userIdz", StringComparison.Ordinal)),
            r => Assert.Contains(r.Errors, e => e.Contains("UnsupportedProperty", StringComparison.Ordinal)),
            r => Assert.Contains(r.Warnings, w => w.Contains("RequiredInputsShouldHaveLabel", StringComparison.Ordinal)),
            r => Assert.Contains(r.Warnings, w => w.StartsWith("Size:", StringComparison.Ordinal)),
            r => Assert.True(r.IsClean, r.ToString()));
    }
}
