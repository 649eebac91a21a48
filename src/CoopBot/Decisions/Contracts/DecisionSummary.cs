using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions.Contracts;

/// <summary>
/// What other features may read of a decision: its definition, lifecycle state and, once counted, the outcome. Never its
/// ballots, ballot key or the bookkeeping of the decisions feature (reminders, announcements).
/// </summary>
public sealed record DecisionSummary(
    string Id,
    string SteeringGroupId,
    PollDefinition Definition,
    PollState State,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    /// <summary>Confidential (NDA) decision: details only for those with a valid geheimhoudingsverklaring.</summary>
    public bool Confidential { get; init; }

    /// <summary>The short human reference (e.g. <c>BI-2026-014</c>); null for decisions created before references existed.</summary>
    public string? Reference { get; init; }

    /// <summary>The tenant of the conversation the decision card was posted in; null before it is posted.</summary>
    public string? CardTenantId { get; init; }

    /// <summary>Set once the decision was counted.</summary>
    public CountedOutcome? Result { get; init; }
}

/// <summary>The outcome of a counted decision and when it was counted (the count's identity: a reopened decision is counted again).</summary>
public sealed record CountedOutcome(DecisionOutcome Outcome, DateTimeOffset FinalizedAt);

/// <summary>Finds decisions for other features (always a fresh read of the poll row).</summary>
public interface IDecisionLookup
{
    /// <summary>The time zone decisions, deadlines and dates are shown in (<c>Decisions:TimeZone</c>).</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>The decision, or null when the id names none (also for an id that is no valid key).</summary>
    Task<DecisionSummary?> FindAsync(string pollId, CancellationToken ct);
}

/// <summary>
/// Another feature changed what it adds to a decision (e.g. its escalation status, supplied through
/// <see cref="IDecisionStatusSource"/>): the decisions feature shows it on the decision card and in the register.
/// </summary>
public interface IDecisionRefresh
{
    /// <summary>Updates the shared decision card now.</summary>
    Task UpdateCardAsync(string pollId, CancellationToken ct);

    /// <summary>Records a counted decision in the register again; nothing for a decision not yet counted.</summary>
    Task UpdateRegisterAsync(string pollId, CancellationToken ct);
}

/// <summary>The decision card as one viewer sees it (e.g. the real card for someone who just signed the NDA), with a notice on top.</summary>
public interface IDecisionViewerCards
{
    /// <summary>Null when the decision does not exist (any more).</summary>
    Task<AdaptiveCard?> ForViewerAsync(string pollId, Actor viewer, string? notice, bool noticeIsError, CancellationToken ct);
}
