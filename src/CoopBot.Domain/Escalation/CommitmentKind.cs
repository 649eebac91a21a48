namespace CoopBot.Domain.Escalation;

/// <summary>
/// What the stuurgroep commits to (seed 002: "financiële verbintenissen en bestellingen").
/// Identifiers stay ASCII; <see cref="EscalationNames"/> gives the Dutch spelling.
/// </summary>
public enum CommitmentKind
{
    FinancieleVerbintenis,
    Bestelling,
}
