using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>
/// A proposal's escalation as stored: the domain state plus what the cards and the budget need around it.
/// Changed only through <see cref="EscalationService"/> (domain machine, ETag, one audit event per change).
/// </summary>
public sealed record EscalationRecord(
    EscalationState State,
    string SteeringGroupId,
    int Year,
    bool Confidential,
    BudgetNote? Budget,
    IReadOnlyList<BodyDecision> BodyDecisions)
{
    public string PollId => State.ProposalId;
}

/// <summary>One confirmation or refusal on behalf of a body, as the cards show who acted so far.</summary>
public sealed record BodyDecision(ConfirmingBody Body, string ActorId, string ActorName, DateTimeOffset At, bool Confirmed, string? Reason);

/// <summary>
/// The deelbegroting check made before the vote opened (seed 002: the stuurgroep approves "binnen de afgesproken
/// deelbegroting"). When the amount exceeded what remained, the chair's acknowledgement is recorded here.
/// </summary>
public sealed record BudgetNote(long BudgetCents, long RemainingCents, long ShortfallCents, string? AcknowledgedById, string? AcknowledgedByName, DateTimeOffset? AcknowledgedAt)
{
    public bool Exceeded => ShortfallCents > 0;
}

/// <summary>An append-only audit row of one escalation change: who, when, from and to which status, for which body and why.</summary>
public sealed record EscalationEvent(
    string Key, string Type, string ActorId, string ActorName, DateTimeOffset At, EscalationStatus? From, EscalationStatus? To, ConfirmingBody? Body, string? Reason);

/// <summary>The escalation audit event types.</summary>
public static class EscalationEventTypes
{
    public const string Concept = "concept";
    public const string BudgetAcknowledged = "budget-erkend";
    public const string VoteOpened = "stemming";
    public const string VoteRecorded = "uitslag";
    public const string Confirmed = "bevestigd";
    public const string Refused = "geweigerd";
    public const string VoteReopened = "heropend";
}
