using System.Text.Json.Nodes;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Help;

namespace CoopBot.IntegrationTests.Faq;

/// <summary>Questions in chat over HTTP: answer, not sure, out of scope, follow-ups and feedback (real Azurite).</summary>
[Collection(AzuriteShared.Collection)]
public sealed class FaqChatTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PersonalChat_QuestionWithoutCommand_GetsAnswerCardWithFollowUpsAndFeedback()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Bram, "hoe vaak vergadert de stuurgroep per jaar"));

        var json = card.ToJsonString();
        Assert.Equal("Hoe vaak vergadert de stuurgroep?", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(CoopBot.Cards.CardText.Literal("Een stuurgroep vergadert 1 tot 3 keer per jaar."), card["body"]![1]!["text"]!.GetValue<string>());
        Assert.Contains(FaqFlow.Escape("1 à 3 keer per jaar"), json, StringComparison.Ordinal);
        Assert.Equal(["drempelbedragen", "samenstelling", "vervanging"], FaqFlow.EntryButtons(card));
        Assert.Contains(FaqFlow.Escape(FaqChatTexts.WasThisHelpful), json, StringComparison.Ordinal);
        Assert.Equal(2, FaqFlow.Actions(card).Count(a => a["verb"]?.GetValue<string>() == "faq.feedback"));
    }

    [Fact]
    public async Task Channel_QuestionWithMention_GetsAnswerCard()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, TeamsActivity.ChannelMessage(app.ServiceUrl, DemoUser.Chloe, "wie zit de stuurgroepen voor?"));

        Assert.Equal("Wie zit de stuurgroepen voor?", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("Jan Braeckman", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_MessageWithoutMention_IsNotAQuestion()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var activity = TeamsActivity.ChannelMessage(app.ServiceUrl, DemoUser.Chloe, "wie zit de stuurgroepen voor?");
        activity["text"] = "wie zit de stuurgroepen voor?";
        activity["entities"] = new JsonArray();

        using var response = await app.PostActivityAsync(activity);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(app.Connector.Calls);
    }

    [Fact]
    public async Task LowConfidence_OffersThreeQuestionsAndTheCommunityManager_AndASuggestionAnswers()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Bram, "hoe werkt dat?"));

        var json = card.ToJsonString();
        Assert.Contains(FaqFlow.Escape("Daar ben ik niet zeker van"), json, StringComparison.Ordinal);
        var suggestions = FaqFlow.EntryButtons(card);
        Assert.Equal(3, suggestions.Count);
        Assert.Contains(FaqFlow.Actions(card), a => a["verb"]?.GetValue<string>() == "faq.ticket.create"
            && a["title"]!.GetValue<string>() == "Vraag het aan de community manager"
            && a["data"]!["question"]!.GetValue<string>() == "hoe werkt dat?");

        var answer = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Bram, "faq.answer",
            new JsonObject { ["entryId"] = suggestions[0], ["question"] = "hoe werkt dat?" }));
        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Equal(FaqChatTexts.FollowUpPosted, answer["value"]!.GetValue<string>());
        Assert.Contains(FaqFlow.Escape(FaqChatTexts.WasThisHelpful), app.Connector.Calls[^1].Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutOfScope_IsRefusedWithoutAnAnswerOrSuggestions()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Bram, "wat is het weer vandaag"));

        Assert.Contains(FaqFlow.Escape("Daar kan ik je niet mee helpen"), card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(FaqFlow.Actions(card));
    }

    [Fact]
    public async Task Help_StaysACommand()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var card = await AskAsync(app, TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Bram, "help"));

        Assert.Contains(HelpTexts.Title, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_IsStoredOncePerUserAndAnswer()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        JsonObject Feedback(bool helpful) => new() { ["entryId"] = "drempelbedragen", ["helpful"] = helpful, ["question"] = "drempels?" };

        var first = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Bram, "faq.feedback", Feedback(true)));
        var second = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Bram, "faq.feedback", Feedback(false)));
        await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Chloe, "faq.feedback", Feedback(false)));

        Assert.Contains(FaqChatTexts.FeedbackThanks, first["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(FaqChatTexts.FeedbackAlreadyNoted, CardCopy.Of(second["value"]), StringComparison.Ordinal);
        var stored = await app.GetService<FaqFeedbackStore>().GetAsync("drempelbedragen", CancellationToken.None);
        Assert.Equal(2, stored.Count);
        Assert.Single(stored, f => f.Helpful);
    }

    [Fact]
    public async Task Feedback_UnknownEntry_GetsDutch400()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);

        var response = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Bram, "faq.feedback",
            new JsonObject { ["entryId"] = "bestaat-niet", ["helpful"] = true }));

        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
        Assert.Contains("veelgestelde vragen", response["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionOverTheLimit_IsRefusedWithTheLimit_NotCut()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var question = string.Concat(Enumerable.Repeat("Hoe vaak vergadert een stuurgroep per jaar en wie zit ze voor? ", 32))[..2000];

        using var response = await app.PostActivityAsync(TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Bram, question));

        Assert.True(response.IsSuccessStatusCode);
        var reply = Assert.Single(app.Connector.Calls);
        Assert.Null(reply.Card);
        Assert.Equal(FaqChatTexts.QuestionTooLong(2000, FaqCards.QuestionMaxLength), reply.Text);
        Assert.Contains("2.000", reply.Text, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> AskAsync(CoopBotApp app, JsonObject activity)
    {
        using var response = await app.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return Assert.Single(app.Connector.Calls).Card!;
    }
}
