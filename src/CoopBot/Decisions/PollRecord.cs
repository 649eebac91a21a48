using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>Where the decision card lives in Teams, so background work can update it.</summary>
public sealed record CardLocation(string ServiceUrl, string ConversationId, string ActivityId, string? ChannelId, string? TenantId);

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
    DateTimeOffset? AnnouncedAt = null);

/// <summary>The final tally written when a closed poll is finalised; ballots remain the source of truth until then.</summary>
public sealed record StoredResult(IReadOnlyDictionary<string, int> Counts, int Voters, int Eligible, bool QuorumMet, DecisionOutcome Outcome, DateTimeOffset FinalizedAt)
{
    public TallyResult ToTally() => new(Counts, Voters, Eligible, QuorumMet, Outcome);
}

/// <summary>One voter's current choice.</summary>
public sealed record BallotRecord(string VoterId, string VoterName, IReadOnlyList<string> OptionIds, string? Reason, DateTimeOffset CastAt);
