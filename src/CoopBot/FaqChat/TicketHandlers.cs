using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.FaqChat;

/// <summary>Thin handlers of the ticket buttons: parse, call the service, answer with a card or a Dutch 4xx.</summary>
internal sealed class TicketHandlers(TicketService tickets, FaqPhrasingService phrasings)
{
    /// <summary>"Vraag het aan de community manager" on the not-sure card.</summary>
    public async Task<InvokeResponse> CreateAsync(TurnContext turn, AskCommunityManagerData data, CancellationToken ct)
    {
        var actor = turn.Actor();
        var activity = turn.Activity;
        if (actor.AadObjectId is null || actor.TeamsUserId is null || activity.ServiceUrl is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(RoutingUnknownUser);
        }

        var asker = new TicketAsker(actor.AadObjectId, actor.Name, actor.TeamsUserId, activity.ServiceUrl, activity.GetTenantId());
        var created = await tickets.CreateAsync(data.Question ?? string.Empty, asker, turn.ActivityKey(), ct);
        return created.IsSuccess ? TurnExtensions.CardResponse(TicketCards.Sent(created.Value)) : Refusal(created.Rejection);
    }

    public async Task<InvokeResponse> TakeAsync(TurnContext turn, TicketActionData data, CancellationToken ct) =>
        await CommunityManagerResponseAsync(await tickets.TakeAsync(data.TicketId, turn.Actor(), turn.ActivityKey(), ct), ct);

    public async Task<InvokeResponse> AnswerAsync(TurnContext turn, TicketActionData data, CancellationToken ct) =>
        await CommunityManagerResponseAsync(await tickets.AnswerAsync(data.TicketId, turn.Actor(), data.Answer, turn.ActivityKey(), ct), ct);

    /// <summary>
    /// "Vraag toevoegen aan de FAQ": the question becomes a phrasing of the entry the community manager picked. A refusal
    /// (not the community manager, unknown entry, known phrasing) keeps the card with the Dutch reason.
    /// </summary>
    public async Task<InvokeResponse> AddPhrasingAsync(TurnContext turn, TicketActionData data, CancellationToken ct)
    {
        if (await tickets.GetAsync(data.TicketId, ct) is not { } ticket)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(TicketTexts.TicketNotFound.Message);
        }

        var added = await phrasings.AddAsync(ticket.Question, data.EntryId, turn.Actor(), turn.ActivityKey(), ct);
        if (!added.IsSuccess)
        {
            return added.Rejection.Code == TicketTexts.OnlyCommunityManagerAddsPhrasings.Code
                ? Refusal(added.Rejection)
                : TurnExtensions.CardResponse(TicketCards.ForCommunityManager(ticket, await phrasings.TicketStateAsync(ticket, ct), added.Rejection.Message, noticeIsError: true));
        }

        return TurnExtensions.CardResponse(TicketCards.ForCommunityManager(ticket, await phrasings.TicketStateAsync(ticket, ct)));
    }

    /// <summary>Reopen from the community manager's card, or by the asker from the answer they received.</summary>
    public async Task<InvokeResponse> ReopenAsync(TurnContext turn, TicketActionData data, CancellationToken ct)
    {
        var reopened = await tickets.ReopenAsync(data.TicketId, turn.Actor(), turn.ActivityKey(), ct);
        if (!reopened.IsSuccess)
        {
            return Refusal(reopened.Rejection);
        }

        var ticket = reopened.Value;
        var fromTicketCard = ticket.Card is { } card && card.ConversationId == turn.Activity.Conversation?.Id;
        return fromTicketCard
            ? await CommunityManagerResponseAsync(reopened, ct)
            : TurnExtensions.CardResponse(TicketCards.ForAsker(ticket, TicketTexts.Reopened));
    }

    private const string RoutingUnknownUser = TicketTexts.UnknownUser;

    private async Task<InvokeResponse> CommunityManagerResponseAsync(Result<TicketRecord> result, CancellationToken ct) =>
        result.IsSuccess
            ? TurnExtensions.CardResponse(TicketCards.ForCommunityManager(result.Value, await phrasings.TicketStateAsync(result.Value, ct)))
            : Refusal(result.Rejection);

    // Forbidden actions get 403 and everything else 400, both with the Dutch sentence; the card stays as it was.
    private static InvokeResponse Refusal(Rejection rejection) =>
        rejection.Code is "not-community-manager" or "not-allowed-reopen"
            ? AdaptiveCardInvokeResponseFactory.Error(403, "Forbidden", rejection.Message)
            : AdaptiveCardInvokeResponseFactory.BadRequest(rejection.Message);
}
