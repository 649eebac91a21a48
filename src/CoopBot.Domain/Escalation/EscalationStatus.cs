namespace CoopBot.Domain.Escalation;

/// <summary>
/// Where a proposal with an amount stands. Confirmation comes BEFORE the decision is final (seed 002 "voorafgaandelijk").
/// There is no separate "Bevestigd" state: the last required confirmation makes the decision <see cref="Definitief"/>
/// at once (the transition record says it was confirmed), so no decision can get stuck between confirmed and final.
/// </summary>
public enum EscalationStatus
{
    Concept,
    Stemming,
    GoedgekeurdWachtOpBevestiging,
    Definitief,
    Geweigerd,
    Verworpen,
}
