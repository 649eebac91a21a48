using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;
using SeatRole = CoopBot.Domain.Registry.SeatRole;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Escalation;

/// <summary>Thin handlers for the confirmation cards and the amount confirmation step: parse, call the service, build the card.</summary>
internal sealed class EscalationHandlers(
    EscalationService escalation, EscalationNotifier notifier, IMembershipDirectory directory, IDecisionLookup decisions, IDecisionRefresh refresh, TimeProvider clock)
{
    public Task<InvokeResponse> ConfirmAsync(TurnContext turn, BodyActionData data, CancellationToken ct) =>
        ActAsync(turn, data, EscalationTexts.Confirmed, (pollId, body, actor) => escalation.ConfirmAsync(pollId, body, actor, turn.ActivityKey(), ct), ct);

    public Task<InvokeResponse> RefuseAsync(TurnContext turn, BodyActionData data, CancellationToken ct) =>
        ActAsync(turn, data, EscalationTexts.Refused, (pollId, body, actor) => escalation.RefuseAsync(pollId, body, actor, data.Reason, turn.ActivityKey(), ct), ct);

    /// <summary>Refresh of a confirmation card: members of the body get the buttons (and confidential details).</summary>
    public async Task<InvokeResponse> ViewAsync(TurnContext turn, BodyActionData data, CancellationToken ct) =>
        TryParse(data, out var pollId, out var body) && await notifier.ViewAsync(pollId, body, turn.Activity.From?.AadObjectId, ct) is { } view
            ? TurnExtensions.CardResponse(EscalationCards.Confirmation(view))
            : AdaptiveCardInvokeResponseFactory.BadRequest(EscalationTexts.NotFound.Message);

    /// <summary>"Aanpassen" on the amount confirmation step: back to the proposal form with everything typed so far.</summary>
    public async Task<InvokeResponse> EditAsync(TurnContext turn, CreatePollData data, CancellationToken ct)
    {
        var group = data.SteeringGroupId is null ? null : await directory.FindSteeringGroupAsync(data.SteeringGroupId, ct);
        if (group is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionSentences.NotInSteeringGroupChannel.Message);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), decisions.TimeZone).Date);
        var date = DateOnly.TryParseExact(data.ClosesDate, "yyyy-MM-dd", out var chosen) ? chosen : today.AddDays(7);
        return TurnExtensions.CardResponse(DecisionFormCards.Create(DecisionForms.Proposal, group.Id, group.Name, date, previous: data));
    }

    private async Task<InvokeResponse> ActAsync(
        TurnContext turn, BodyActionData data, string success, Func<string, ConfirmingBody, BodyActor, Task<Result<EscalationRecord>>> act, CancellationToken ct)
    {
        if (!TryParse(data, out var pollId, out var body))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(EscalationTexts.UnknownBody.Message);
        }

        var viewer = turn.Activity.From?.AadObjectId;
        Rejection? rejection = EscalationTexts.UnknownUser;
        if (viewer is not null)
        {
            // Membership comes from the registry, never from the card.
            var contact = await directory.GetBodyAsync(body, ct);
            var isMember = contact?.Members.Any(m => string.Equals(m.Person.AadObjectId, viewer, StringComparison.OrdinalIgnoreCase)) == true;
            var involved = await StartedOrChairedAsync(pollId, viewer, ct);
            var result = await act(pollId, body, new BodyActor(viewer, turn.Activity.From?.Name ?? viewer, isMember, involved));
            rejection = result.Rejection;
            if (result.IsSuccess)
            {
                await refresh.UpdateRegisterAsync(pollId, ct);
                await notifier.RefreshCardsAsync(pollId, ct);
            }
        }

        return await notifier.ViewAsync(pollId, body, viewer, ct) is { } view
            ? TurnExtensions.CardResponse(EscalationCards.Confirmation(view, rejection?.Message ?? success, rejection is not null))
            : AdaptiveCardInvokeResponseFactory.BadRequest(EscalationTexts.NotFound.Message);
    }

    // Four eyes: the decision's starter and the stuurgroep's voorzitter, from the stored poll and the registry.
    private async Task<bool> StartedOrChairedAsync(string pollId, string viewer, CancellationToken ct)
    {
        if (await decisions.FindAsync(pollId, ct) is not { } poll)
        {
            return false;
        }

        var chairs = (await directory.GetSeatsAsync(poll.SteeringGroupId, ct)).Where(s => s.Seat.Role == SeatRole.Voorzitter).Select(s => s.AadObjectId);
        return FourEyesRule.IsInvolved(viewer, poll.CreatedBy, chairs);
    }

    private static bool TryParse(BodyActionData data, out string pollId, out ConfirmingBody body)
    {
        pollId = data.PollId ?? string.Empty;
        body = default;
        return pollId.Length > 0 && Enum.TryParse(data.Body, ignoreCase: false, out body) && Enum.IsDefined(body);
    }
}
