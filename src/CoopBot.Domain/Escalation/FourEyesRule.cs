using CoopBot.Domain.Common;

namespace CoopBot.Domain.Escalation;

/// <summary>
/// Four eyes (issue 16 §3): a person who started a stuurgroep decision or chairs the stuurgroep that took it may not
/// also be the confirmation of the body above it; another member of that body confirms. Refusing stays open to them:
/// it holds a commitment back and needs no second pair of eyes.
/// </summary>
public static class FourEyesRule
{
    /// <summary>Whether <paramref name="personId"/> started the decision or is one of the stuurgroep's voorzitters.</summary>
    public static bool IsInvolved(string personId, string? startedBy, IEnumerable<string> chairIds)
    {
        ArgumentNullException.ThrowIfNull(chairIds);
        return string.Equals(personId, startedBy, StringComparison.OrdinalIgnoreCase)
            || chairIds.Any(id => string.Equals(id, personId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The refusal when this confirmer started or chaired the decision; null when they may confirm.</summary>
    public static Rejection? CheckConfirmer(EscalationActor actor, ConfirmingBody body)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.StartedOrChairedDecision ? EscalationRejections.FourEyes(body) : null;
    }
}
