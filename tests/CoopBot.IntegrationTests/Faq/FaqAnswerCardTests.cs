using System.Text.Json.Nodes;
using CoopBot.Cards;
using CoopBot.Escalation;
using CoopBot.Faq;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Protocol.Schema;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Faq;

/// <summary>
/// Issue 16 §7 over HTTP (real Azurite): the short answer first, follow-ups that fit and post a new answer, refusals that
/// say where a question goes; §3: the help line for "mijn bevestigingen" only for members of a confirming body.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class FaqAnswerCardTests(AzuriteFixture azurite)
{
    private static readonly FaqKnowledgeBase KnowledgeBase = FaqKnowledgeBase.LoadDefault();

    [Fact]
    public async Task HowOften_LeadsWithOneSentence_AndKeepsTheDetailUnderMeerLezen()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, DemoUser.Bram, "Hoeveel keer per jaar vergadert een stuurgroep?");

        var body = card["body"]!.AsArray();
        Assert.Equal("Hoe vaak vergadert de stuurgroep?", body[0]!["text"]!.GetValue<string>());
        Assert.Equal(CardText.Literal("Een stuurgroep vergadert 1 tot 3 keer per jaar."), body[1]!["text"]!.GetValue<string>());
        var detail = Assert.Single(body, e => e!["id"]?.GetValue<string>() == FaqCards.DetailId)!;
        Assert.False(detail["isVisible"]!.GetValue<bool>());
        Assert.Contains(FaqFlow.Escape("1 à 3 keer per jaar"), detail.ToJsonString(), StringComparison.Ordinal);
        var readMore = Assert.Single(FaqFlow.Actions(card), a => a["type"]!.GetValue<string>() == "Action.ToggleVisibility");
        Assert.Equal(FaqChatTexts.ReadMore, readMore["title"]!.GetValue<string>());
        Assert.Equal(FaqCards.DetailId, readMore["targetElements"]![0]!["elementId"]!.GetValue<string>());
    }

    [Fact]
    public void EveryAnswerCard_ShowsTheEntrysShortAnswerFirst_AndButtonsThatFit()
    {
        foreach (var entry in KnowledgeBase.Entries)
        {
            var card = AdaptiveCardSerializer.ToJsonNode(FaqCards.Answer(entry, null, KnowledgeBase, "vraag"));

            Assert.Equal(CardText.Literal(entry.ShortAnswer), card["body"]![1]!["text"]!.GetValue<string>());
            AssertButtonsFit(card);
        }

        AssertButtonsFit(AdaptiveCardSerializer.ToJsonNode(FaqCards.NotSure("vraag", KnowledgeBase.Entries.OrderByDescending(e => e.Question.Length).Take(3))));
    }

    [Fact]
    public async Task FollowUp_PostsANewAnswer_LeavesTheClickedCard_AndARedeliveryPostsNothingMore()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var first = await AskAsync(app, DemoUser.Bram, "Welke drempelbedragen gelden er?");
        var followUp = FaqFlow.Actions(first).First(a => a["verb"]?.GetValue<string>() == "faq.answer");
        var entry = KnowledgeBase.Find(followUp["data"]!["entryId"]!.GetValue<string>())!;
        var click = TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Bram, "faq.answer", followUp["data"]!.DeepClone().AsObject(), activityId: "f:faq-follow-up-1");

        var response = await app.InvokeAsync(click);
        var again = await app.InvokeAsync(click.DeepClone());

        Assert.Equal(AdaptiveCardInvokeResponseFactory.MessageContentType, response["type"]!.GetValue<string>());
        Assert.Equal(FaqChatTexts.FollowUpPosted, response["value"]!.GetValue<string>());
        Assert.Equal(FaqChatTexts.FollowUpPosted, again["value"]!.GetValue<string>());
        var posted = Assert.Single(app.Connector.Calls.Skip(1));
        Assert.Equal("POST", posted.Method);
        Assert.Equal(CardText.Literal(entry.Question), posted.Card!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(CardText.Literal(entry.ShortAnswer), posted.Card!["body"]![1]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(app.Connector.Calls, c => c.Method == "PUT");
    }

    [Theory]
    [InlineData("Hoe laat is de bibliotheek van Gent open op zondag?", FaqRefusal.Library)]
    [InlineData("hoeveel boeken mag ik lenen in de bib", FaqRefusal.Library)]
    [InlineData("Hoe laat begint de voorstelling in het cultuurcentrum van Hasselt?", FaqRefusal.CultureCentre)]
    [InlineData("wat is het weer vandaag", FaqRefusal.OffTopic)]
    public async Task OutOfScope_IsRefusedWithWhereToAsk_NotWithSuggestions(string question, FaqRefusal refusal)
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, DemoUser.Bram, question);

        var json = card.ToJsonString();
        Assert.Contains(FaqFlow.Escape(FaqTexts.OutOfScopeFor(refusal)), json, StringComparison.Ordinal);
        Assert.DoesNotContain(FaqFlow.Escape(FaqChatTexts.NotSureTitle), json, StringComparison.Ordinal);
        Assert.Empty(FaqFlow.Actions(card));
    }

    [Fact]
    public async Task Help_ShowsMijnBevestigingen_OnlyToMembersOfAConfirmingBody()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var member = (await AskAsync(app, DemoUser.Bram, "help")).ToJsonString();
        var committee = (await AskAsync(app, BodyUsers.Katrien, "help")).ToJsonString();
        var directie = (await AskAsync(app, BodyUsers.Ilse, "help")).ToJsonString();

        Assert.Contains("mijn stuurgroepen", member, StringComparison.Ordinal);
        Assert.DoesNotContain(MyConfirmations.Command, member, StringComparison.Ordinal);
        Assert.Contains(MyConfirmations.Command, committee, StringComparison.Ordinal);
        Assert.Contains(MyConfirmations.Command, directie, StringComparison.Ordinal);
    }

    private static void AssertButtonsFit(JsonNode card)
    {
        var actions = FaqFlow.Actions(card);
        Assert.All(actions, a => Assert.InRange(a["title"]!.GetValue<string>().Length, 1, FaqKnowledgeBase.ButtonTitleMaxLength));
        var entrySets = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ActionSet"
            && e["actions"]!.AsArray().Any(a => a!["verb"]?.GetValue<string>() == "faq.answer")).ToList();
        Assert.All(entrySets, set => Assert.Single(set!["actions"]!.AsArray()));
    }

    private static async Task<JsonNode> AskAsync(CoopBotApp app, DemoUser user, string text)
    {
        var before = app.Connector.Calls.Count;
        using var response = await app.PostActivityAsync(TeamsActivity.PersonalMessage(app.ServiceUrl, user, text));
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return Assert.Single(app.Connector.Calls.Skip(before)).Card!;
    }
}
