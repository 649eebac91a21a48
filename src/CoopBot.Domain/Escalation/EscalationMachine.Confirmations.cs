using CoopBot.Domain.Common;

namespace CoopBot.Domain.Escalation;

public static partial class EscalationMachine
{
    /// <summary>
    /// A required body confirms. When it was the last one pending, the decision becomes Definitief;
    /// otherwise the state stays waiting and records the confirmation.
    /// </summary>
    public static Result<EscalationStep> Confirm(EscalationState state, ConfirmingBody body, EscalationActor actor, DateTimeOffset at)
    {
        if ((CheckBodyMayAct(state, body, actor, "Bevestigen") ?? FourEyesRule.CheckConfirmer(actor, body)) is { } refused)
        {
            return refused;
        }

        var confirmed = new HashSet<ConfirmingBody>(state.Confirmed) { body };
        var allConfirmed = state.Required.IsSubsetOf(confirmed);
        var next = state with
        {
            Confirmed = confirmed,
            Status = allConfirmed ? EscalationStatus.Definitief : EscalationStatus.GoedgekeurdWachtOpBevestiging,
        };
        return Step(state, next, actor.PersonId, at, body, reason: null);
    }

    /// <summary>A required body refuses, with a reason: the decision is Geweigerd, whatever the other bodies did.</summary>
    public static Result<EscalationStep> Refuse(
        EscalationState state, ConfirmingBody body, EscalationActor actor, DateTimeOffset at, string? reason)
    {
        if (CheckBodyMayAct(state, body, actor, "Weigeren") is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return EscalationRejections.ReasonRequired;
        }

        var next = state with { Status = EscalationStatus.Geweigerd, RefusedBy = body, RefusalReason = reason.Trim() };
        return Step(state, next, actor.PersonId, at, body, next.RefusalReason);
    }

    private static Rejection? CheckBodyMayAct(EscalationState state, ConfirmingBody body, EscalationActor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(actor);
        if (state.Status != EscalationStatus.GoedgekeurdWachtOpBevestiging)
        {
            return EscalationRejections.InvalidTransition(action, state);
        }

        if (!state.Required.Contains(body))
        {
            return EscalationRejections.BodyNotRequired(body, state);
        }

        if (!actor.MemberOf.Contains(body))
        {
            return EscalationRejections.NotAMember(body);
        }

        return state.Confirmed.Contains(body) ? EscalationRejections.AlreadyConfirmed(body) : null;
    }
}
