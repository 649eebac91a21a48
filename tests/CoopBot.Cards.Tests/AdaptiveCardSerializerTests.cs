using System.Text;
using System.Text.Json.Nodes;

namespace CoopBot.Cards.Tests;

public class AdaptiveCardSerializerTests
{
    [Fact]
    public void ToJson_EmptyCard_WritesTypeSchemaAndVersionOnly()
    {
        var json = AdaptiveCardSerializer.ToJson(new AdaptiveCard());

        Assert.Equal("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5"}""", json);
    }

    [Fact]
    public void ToJsonNode_CardOptions_WritesBodyActionsAndTeamsWidth()
    {
        var card = new AdaptiveCard { FallbackText = "f", Speak = "s", Msteams = TeamsCardInfo.FullWidth }
            .AddBody(new TextBlock("a"))
            .AddActions(new ActionOpenUrl("o", new Uri("https://example.org/")));

        JsonAssert.Equal(
            """
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
             "body":[{"type":"TextBlock","text":"a","wrap":true}],
             "actions":[{"type":"Action.OpenUrl","title":"o","url":"https://example.org/"}],
             "fallbackText":"f","speak":"s","msteams":{"width":"Full"}}
            """,
            AdaptiveCardSerializer.ToJsonNode(card));
    }

    [Fact]
    public void AdaptiveCard_Constants_MatchTeamsContract()
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCard.ContentType);
        Assert.Equal("1.5", new AdaptiveCard().Version);
    }

    [Fact]
    public void ToJson_CollectionInitialisers_AppendInOrder()
    {
        var card = new AdaptiveCard { Body = { new TextBlock("1"), new TextBlock("2") } }.AddBody(new TextBlock("3"));

        var texts = AdaptiveCardSerializer.ToJsonNode(card)["body"]!.AsArray().Select(e => (string?)e!["text"]);

        Assert.Equal(["1", "2", "3"], texts);
    }

    [Fact]
    public void Utf8Size_DutchText_CountsUnescapedUtf8Bytes()
    {
        var card = new AdaptiveCard().AddBody(new TextBlock("Één café <b> & 'x'"));

        var json = AdaptiveCardSerializer.ToJson(card);

        Assert.Contains("Één café <b> & 'x'", json, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), AdaptiveCardSerializer.Utf8Size(card));
    }

    [Fact]
    public void ToJson_ActionData_JsonNodeAsIsAndObjectsCamelCased()
    {
        var node = new ActionExecute { Verb = "v", Data = JsonNode.Parse("""{"Keep_Case":1,"n":null}""") };
        var poco = new ActionExecute { Verb = "v", Data = new { DecisionId = "d-1", Note = (string?)null } };

        JsonAssert.Action("""{"type":"Action.Execute","verb":"v","data":{"Keep_Case":1,"n":null}}""", node);
        JsonAssert.Action("""{"type":"Action.Execute","verb":"v","data":{"decisionId":"d-1"}}""", poco);
    }

    [Fact]
    public void Options_ReadTwice_SameReadOnlyInstance()
    {
        Assert.Same(AdaptiveCardSerializer.Options, AdaptiveCardSerializer.Options);
        Assert.True(AdaptiveCardSerializer.Options.IsReadOnly);
    }
}
