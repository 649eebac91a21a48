using System.Text.Json.Nodes;
using CoopBot.Domain.Faq;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Faq;

/// <summary>
/// "Vraag het aan de community manager" end to end over HTTP: ticket card in the community manager's conversation,
/// take, answer, the asker's 1:1 answer, reopen; and refusals for everyone else (real Azurite, fake connector).
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TicketFlowTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static readonly DemoUser CommunityManager = FaqFlow.CommunityManager;
    private const string CommunityManagerConversation = FaqFlow.CommunityManagerConversation;

    [Fact]
    public async Task Ticket_AskTakeAnswerDeliverReopen_EndToEnd()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var ticketId = await AskCommunityManagerAsync(app, DemoUser.Bram, "hoe werkt dat?");

        var taken = await ActAsync(app, CommunityManager, FaqVerbs.TakeTicket, ticketId);
        Assert.Equal(200, taken["statusCode"]!.GetValue<int>());
        Assert.Contains("Opgenomen door Goedele Verhaegen", taken["value"]!.ToJsonString(), StringComparison.Ordinal);

        var answered = await ActAsync(app, CommunityManager, FaqVerbs.AnswerTicket, ticketId, "Dat hangt af van je stuurgroep; ik bel je even.");
        Assert.Equal(200, answered["statusCode"]!.GetValue<int>());
        Assert.Contains("Beantwoord door Goedele Verhaegen", answered["value"]!.ToJsonString(), StringComparison.Ordinal);

        // The asker gets the answer in a 1:1 chat that CoopBot opens with them.
        await Eventually.TrueAsync(() => app.Connector.CallsTo("POST", "/activities").Any(c => Has(c, "ik bel je even")), Wait, "the answer sent to the asker");
        var chat = Assert.Single(app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.False(chat.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(DemoUser.Bram.TeamsId, chat.Body["members"]![0]!["id"]!.GetValue<string>());
        var delivered = app.Connector.CallsTo("POST", "/activities").Single(c => Has(c, "ik bel je even"));
        Assert.DoesNotContain(CommunityManagerConversation, delivered.Path, StringComparison.Ordinal);

        var reopened = await ActAsync(app, DemoUser.Bram, FaqVerbs.ReopenTicket, ticketId);
        Assert.Equal(200, reopened["statusCode"]!.GetValue<int>());
        Assert.Contains(TicketTexts.Reopened, CardCopy.Of(reopened["value"]), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, (await Ticket(app, ticketId)).State.Status);
        await Eventually.TrueAsync(
            () => app.Connector.CallsTo("PUT", CommunityManagerConversation).Any(c => Has(c, TicketTexts.TakeButton)),
            Wait,
            "the community manager's card back to open");
    }

    [Fact]
    public async Task Ticket_SomeoneElseTakesOrAnswers_GetsDutchRefusalAndNothingChanges()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var ticketId = await AskCommunityManagerAsync(app, DemoUser.Bram, "hoe werkt dat?");

        var take = await ActAsync(app, DemoUser.Chair, FaqVerbs.TakeTicket, ticketId);
        Assert.Equal(403, take["statusCode"]!.GetValue<int>());
        Assert.Equal(TicketRejections.NotCommunityManager.Message, take["value"]!["message"]!.GetValue<string>());
        Assert.Equal(TicketStatus.Open, (await Ticket(app, ticketId)).State.Status);

        await ActAsync(app, CommunityManager, FaqVerbs.TakeTicket, ticketId);
        var answer = await ActAsync(app, DemoUser.NonMember, FaqVerbs.AnswerTicket, ticketId, "Ik weet het!");
        Assert.Equal(403, answer["statusCode"]!.GetValue<int>());
        var ticket = await Ticket(app, ticketId);
        Assert.Equal(TicketStatus.Taken, ticket.State.Status);
        Assert.Null(ticket.State.Answer);

        var reopen = await ActAsync(app, DemoUser.NonMember, FaqVerbs.ReopenTicket, ticketId);
        Assert.Equal(403, reopen["statusCode"]!.GetValue<int>());
        Assert.Equal(1, (await Ticket(app, ticketId)).Revision);
    }

    [Fact]
    public async Task Ticket_SameClickDeliveredTwice_IsOneTicket()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var click = TeamsActivity.CardAction(app.ServiceUrl, DemoUser.Bram, FaqVerbs.AskCommunityManager, new JsonObject { ["question"] = "hoe werkt dat?" }, "f:same-click");

        var first = await app.InvokeAsync(click.DeepClone());
        var second = await app.InvokeAsync(click.DeepClone());

        Assert.Equal(200, second["statusCode"]!.GetValue<int>());
        Assert.Equal(first["value"]!.ToJsonString(), second["value"]!.ToJsonString());
        await Eventually.TrueAsync(() => app.Connector.CallsTo("POST", CommunityManagerConversation).Any(), Wait, "the ticket card");
        Assert.Single(app.Connector.CallsTo("POST", CommunityManagerConversation));
    }

    /// <summary>Asks in personal chat, clicks "Vraag het aan de community manager" and returns the ticket id from her card.</summary>
    private static async Task<string> AskCommunityManagerAsync(CoopBotApp app, DemoUser asker, string question)
    {
        var card = await FaqFlow.TicketCardAsync(app, asker, question);
        Assert.Contains(FaqFlow.Escape(TicketTexts.AddPhrasingTip), card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("phrasing", card.ToJsonString(), StringComparison.Ordinal);
        return FaqFlow.Actions(card).Single(a => a["verb"]!.GetValue<string>() == FaqVerbs.TakeTicket)["data"]!["ticketId"]!.GetValue<string>();
    }

    private static Task<JsonNode> ActAsync(CoopBotApp app, DemoUser actor, string verb, string ticketId, string? answer = null) =>
        app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, actor, verb, new JsonObject { ["ticketId"] = ticketId, ["answer"] = answer }));

    private static async Task<TicketRecord> Ticket(CoopBotApp app, string ticketId) =>
        await app.GetService<TicketService>().GetAsync(ticketId, CancellationToken.None) ?? throw new InvalidOperationException("ticket vanished");

    private static bool Has(ConnectorCall call, string text) => call.Card?.ToJsonString().Contains(FaqFlow.Escape(text), StringComparison.Ordinal) == true;
}
