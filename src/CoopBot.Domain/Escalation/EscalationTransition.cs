namespace CoopBot.Domain.Escalation;

/// <summary>An audit-ready record of one escalation transition: who moved what from where to where, when and why.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="From">Status before.</param>
/// <param name="To">Status after (equal to <paramref name="From"/> for a partial confirmation).</param>
/// <param name="ActorId">The AAD object id of the actor.</param>
/// <param name="At">When it happened.</param>
/// <param name="Body">The body on whose behalf the actor confirmed or refused, if any.</param>
/// <param name="Reason">The reason given, required for a refusal.</param>
public sealed record EscalationTransition(
    string ProposalId,
    EscalationStatus From,
    EscalationStatus To,
    string ActorId,
    DateTimeOffset At,
    ConfirmingBody? Body,
    string? Reason);

/// <summary>The outcome of a successful transition: the new state plus the record to append to the audit log.</summary>
public sealed record EscalationStep(EscalationState State, EscalationTransition Transition);
