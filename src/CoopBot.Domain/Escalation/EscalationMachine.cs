using CoopBot.Domain.Common;

namespace CoopBot.Domain.Escalation;

/// <summary>
/// The escalation state machine as pure functions:
/// Concept → Stemming → (Verworpen | Definitief when the stuurgroep decides alone | GoedgekeurdWachtOpBevestiging)
/// → Definitief when every required body confirmed, or Geweigerd when one refuses. A Verworpen vote may be reopened
/// (→ Stemming); an approved one may not.
/// Every call either returns the new state with its audit record, or a rejection; none silently does nothing.
/// </summary>
public static partial class EscalationMachine
{
    /// <summary>Concept → Stemming. Whether the actor may open the vote is the caller's role check.</summary>
    public static Result<EscalationStep> OpenVote(EscalationState state, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != EscalationStatus.Concept)
        {
            return EscalationRejections.InvalidTransition("De stemming openen", state);
        }

        return Step(state, state with { Status = EscalationStatus.Stemming }, actorId, at, body: null, reason: null);
    }

    /// <summary>
    /// Records the closed vote of the stuurgroep. Rejected → Verworpen. Approved → Definitief when the amount stays within
    /// the stuurgroep's mandate, otherwise GoedgekeurdWachtOpBevestiging (seed 002: confirmation comes beforehand).
    /// </summary>
    public static Result<EscalationStep> RecordVote(EscalationState state, bool approved, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != EscalationStatus.Stemming)
        {
            return EscalationRejections.InvalidTransition("De uitslag van de stemming vastleggen", state);
        }

        var next = !approved ? state with { Status = EscalationStatus.Verworpen }
            : state.Required.Count == 0 ? state with { Status = EscalationStatus.Definitief }
            : state with { Status = EscalationStatus.GoedgekeurdWachtOpBevestiging, PendingSince = at };
        return Step(state, next, actorId, at, body: null, reason: null);
    }

    /// <summary>
    /// Whether the chair may reopen the proposal's vote: while no outcome was recorded (Concept, Stemming) or after it was
    /// rejected. Once the stuurgroep approved (waiting for the bodies, definitief or geweigerd) that needs a new proposal.
    /// </summary>
    public static Rejection? CanReopenVote(EscalationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status is EscalationStatus.Concept or EscalationStatus.Stemming or EscalationStatus.Verworpen
            ? null
            : EscalationRejections.InvalidTransition("Het voorstel heropenen", state);
    }

    /// <summary>
    /// Verworpen → Stemming when the chair reopens the rejected vote. Once the stuurgroep approved (waiting for the bodies,
    /// definitief or geweigerd) the vote can no longer be reopened: that needs a new proposal.
    /// </summary>
    public static Result<EscalationStep> ReopenVote(EscalationState state, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Status switch
        {
            EscalationStatus.Verworpen => Step(state, state with { Status = EscalationStatus.Stemming, PendingSince = null }, actorId, at, body: null, reason: null),
            _ => EscalationRejections.InvalidTransition("Het voorstel heropenen", state),
        };
    }

    private static Result<EscalationStep> Step(
        EscalationState from, EscalationState to, string actorId, DateTimeOffset at, ConfirmingBody? body, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        var transition = new EscalationTransition(from.ProposalId, from.Status, to.Status, actorId, at, body, reason);
        return Result<EscalationStep>.Success(new EscalationStep(to, transition));
    }
}
