using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Faq;

/// <summary>Thin handlers of the ticket buttons: parse, call the service, answer with a card or a Dutch 4xx.</summary>
internal sealed class TicketHandlers(TicketService tickets, FaqIndex index)
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
        CommunityManagerResponse(await tickets.TakeAsync(data.TicketId, turn.Actor(), turn.ActivityKey(), ct));

    public async Task<InvokeResponse> AnswerAsync(TurnContext turn, TicketActionData data, CancellationToken ct) =>
        CommunityManagerResponse(await tickets.AnswerAsync(data.TicketId, turn.Actor(), data.Answer, turn.ActivityKey(), ct));

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
            ? CommunityManagerResponse(reopened)
            : TurnExtensions.CardResponse(TicketCards.ForAsker(ticket, TicketTexts.Reopened));
    }

    private const string RoutingUnknownUser = "CoopBot kon je niet herkennen. Stel je vraag opnieuw vanuit Teams.";

    private InvokeResponse CommunityManagerResponse(Result<TicketRecord> result) =>
        result.IsSuccess
            ? TurnExtensions.CardResponse(TicketCards.ForCommunityManager(result.Value, TicketCards.NearestEntryId(index, result.Value.Question)))
            : Refusal(result.Rejection);

    // Forbidden actions get 403 and everything else 400, both with the Dutch sentence; the card stays as it was.
    private static InvokeResponse Refusal(Rejection rejection) =>
        rejection.Code is "not-community-manager" or "not-allowed-reopen"
            ? AdaptiveCardInvokeResponseFactory.Error(403, "Forbidden", rejection.Message)
            : AdaptiveCardInvokeResponseFactory.BadRequest(rejection.Message);
}
