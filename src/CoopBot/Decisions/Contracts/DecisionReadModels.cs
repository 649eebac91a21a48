using CoopBot.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions.Contracts;

/// <summary>
/// One line of the besluitenregister: a decided (or submitted) item with its outcome, per stuurgroep. What other features
/// read from the register (the tab, the message extension) and what they record in it (submissions).
/// </summary>
public record RegisterRow(
    string SteeringGroupId,
    string ItemId,
    string Kind,
    string Title,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    string Status,
    string Outcome,
    int Voters,
    int Eligible,
    long? AmountCents,
    bool Anonymous,
    bool Confidential,
    string? OutcomeStatement,
    string? Reference = null);

/// <summary>What another feature needs to place a decision: its stuurgroep, title, confidentiality and the card's message.</summary>
public sealed record DecisionPlacement(string Id, string SteeringGroupId, string Title, string? Reference, bool Confidential, CardLocation? Card);

/// <summary>
/// A decision as one viewer may see it (the tab's decision page): the definition, the counts and the outcome.
/// <see cref="DetailsHidden"/> is the decisions feature's visibility gates' answer for this viewer (confidential, no valid
/// NDA); the reader does not blank the fields itself, the page shows the placeholder instead of them.
/// </summary>
public sealed record DecisionDetail(
    string Id,
    string SteeringGroupId,
    string? Reference,
    PollDefinition Definition,
    DateTimeOffset CreatedAt,
    string CreatedByName,
    DateTimeOffset ClosedOrClosesAt,
    bool Confidential,
    bool DetailsHidden,
    TallyResult Tally,
    bool ResultsVisible,
    string ResultsVisibilityText,
    string? OutcomeSummary,
    string? OutcomeStatement);

/// <summary>A reactie on a decision, as it is shown: who, when, what.</summary>
public sealed record DecisionComment(string AuthorName, DateTimeOffset At, string Text);

/// <summary>One event of a decision's audit trail: when, what, and the actor's id (never a choice of an anonymous vote).</summary>
public sealed record DecisionAuditEntry(DateTimeOffset At, string Type, string ActorId);
