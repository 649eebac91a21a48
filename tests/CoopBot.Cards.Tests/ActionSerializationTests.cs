using System.Text.Json.Nodes;

namespace CoopBot.Cards.Tests;

public class ActionSerializationTests
{
    [Fact]
    public void ActionExecute_AllProperties_TypeIdTitleFirst()
    {
        var action = new ActionExecute
        {
            Title = "Stem", Verb = "decisions.vote", Data = new JsonObject { ["decisionId"] = "d-1" }, AssociatedInputs = AssociatedInputs.None,
            Style = ActionStyle.Destructive, Id = "a", IsEnabled = false, Tooltip = "t", IconUrl = new Uri("https://example.org/i.png"),
        };

        JsonAssert.Action(
            """
            {"type":"Action.Execute","id":"a","title":"Stem","verb":"decisions.vote","data":{"decisionId":"d-1"},"associatedInputs":"none",
             "style":"destructive","isEnabled":false,"tooltip":"t","iconUrl":"https://example.org/i.png"}
            """,
            action);
    }

    [Fact]
    public void ActionSubmit_DataAndInputs_Written()
    {
        JsonAssert.Action(
            """{"type":"Action.Submit","title":"s","data":{"msteams":{"type":"messageBack"}},"associatedInputs":"auto","style":"positive"}""",
            new ActionSubmit { Title = "s", Data = new { msteams = new { type = "messageBack" } }, AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive });
    }

    [Fact]
    public void ActionOpenUrl_Url_Written()
    {
        JsonAssert.Action("""{"type":"Action.OpenUrl","title":"o","url":"https://example.org/a?b=c"}""", new ActionOpenUrl("o", new Uri("https://example.org/a?b=c")));
    }

    [Fact]
    public void ActionShowCard_Card_NestedAdaptiveCard()
    {
        JsonAssert.Action(
            """
            {"type":"Action.ShowCard","title":"s","card":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json",
             "version":"1.5","body":[{"type":"TextBlock","text":"x","wrap":true}]}}
            """,
            new ActionShowCard("s", new AdaptiveCard().AddBody(new TextBlock("x"))));
    }

    [Fact]
    public void ActionToggleVisibility_Targets_ElementIdAndVisibility()
    {
        var action = new ActionToggleVisibility("t", "a", "b") { TargetElements = { new TargetElement("c", IsVisible: false) } };

        JsonAssert.Action(
            """{"type":"Action.ToggleVisibility","title":"t","targetElements":[{"elementId":"a"},{"elementId":"b"},{"elementId":"c","isVisible":false}]}""",
            action);
    }
}
