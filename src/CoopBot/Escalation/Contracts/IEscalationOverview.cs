using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation.Contracts;

/// <summary>A proposal's escalation as other features show it: the domain state, its stuurgroep and budget year, and whether it is confidential.</summary>
public sealed record EscalationSummary(EscalationState State, string SteeringGroupId, int Year, bool Confidential)
{
    public string PollId => State.ProposalId;
}

/// <summary>One change of an escalation's audit trail as other features show it: what, who by name, when, for which body and why.</summary>
public sealed record EscalationStep(string Type, string ActorName, DateTimeOffset At, ConfirmingBody? Body, string? Reason);

/// <summary>The escalations of proposals, read-only, for other features (the tab's decision page and confirmations).</summary>
public interface IEscalationOverview
{
    /// <summary>The escalation of a proposal; null when it has none.</summary>
    Task<EscalationSummary?> FindAsync(string pollId, CancellationToken ct);

    /// <summary>The proposal's escalation audit trail, in stored order.</summary>
    Task<IReadOnlyList<EscalationStep>> GetHistoryAsync(string pollId, CancellationToken ct);

    /// <summary>Every escalation, optionally of one stuurgroep.</summary>
    Task<IReadOnlyList<EscalationSummary>> ListAsync(string? steeringGroupId, CancellationToken ct);
}
