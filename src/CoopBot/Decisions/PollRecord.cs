using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>A stored decision: the immutable definition, its lifecycle state and, once finalised, the counted result.</summary>
public sealed record PollRecord(
    string Id,
    string SteeringGroupId,
    PollDefinition Definition,
    PollState State,
    string CreatedBy,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    CardLocation? Card,
    StoredResult? Result,
    DateTimeOffset? AnnouncedAt = null)
{
    /// <summary>Set when the one automatic reminder went out (ETag-guarded, so never twice).</summary>
    public DateTimeOffset? AutoReminderSentAt { get; init; }

    /// <summary>The chair's optional statement about the outcome.</summary>
    public string? OutcomeStatement { get; init; }

    /// <summary>
    /// Confidential decisions (offers, budgets under NDA, seed 002) never leave the internal register scope. Set by the
    /// escalation/NDA feature; stored and carried into the register already so that feature only has to set it.
    /// </summary>
    public bool Confidential { get; init; }

    /// <summary>
    /// An anonymous decision's ballot key (<see cref="BallotSeal"/>): present while voters may still change their vote,
    /// deleted when the result is stored, which destroys every voter-choice link. Never shown, exported or logged.
    /// </summary>
    public byte[]? BallotKey { get; init; }

    /// <summary>The short human reference (issue 16, e.g. <c>BI-2026-014</c>); null for decisions created before references existed.</summary>
    public string? Reference { get; init; }

    /// <summary>A consultation: the coöperant organisations vote, one ballot each.</summary>
    public bool IsConsultation => Definition.Settings.Audience == Audience.Cooperants;

    /// <summary>The read model other features get (<see cref="DecisionSummary"/>).</summary>
    public DecisionSummary ToSummary() => new(Id, SteeringGroupId, Definition, State, CreatedBy, CreatedAt)
    {
        Confidential = Confidential,
        Reference = Reference,
        CardTenantId = Card?.TenantId,
        Result = Result is { } result ? new CountedOutcome(result.Outcome, result.FinalizedAt) : null,
    };
}

/// <summary>The final tally written when a closed poll is finalised; ballots remain the source of truth until then.</summary>
public sealed record StoredResult(IReadOnlyDictionary<string, int> Counts, int Voters, int Eligible, bool QuorumMet, DecisionOutcome Outcome, DateTimeOffset FinalizedAt)
{
    public TallyResult ToTally() => new(Counts, Voters, Eligible, QuorumMet, Outcome);
}

/// <summary>One voter's current choice. After an anonymous decision closes, only participation remains (no options, no reason).
/// For a consultation the ballot belongs to the organisation (VoterId = organisation id) and records who cast it.</summary>
public sealed record BallotRecord(string VoterId, string VoterName, IReadOnlyList<string> OptionIds, string? Reason, DateTimeOffset CastAt)
{
    /// <summary>AAD object id of the person who cast the ballot (for a stuurgroep vote: the voter).</summary>
    public string? CastById { get; init; }

    public string? CastByName { get; init; }

    /// <summary>Cast by a proxy holder from another organisation.</summary>
    public bool ByProxy { get; init; }
}

/// <summary>A reactie on a decision, shown literally and posted as a reply in the decision's thread.</summary>
public sealed record CommentRecord(string Key, string AuthorId, string AuthorName, string Text, DateTimeOffset At);
