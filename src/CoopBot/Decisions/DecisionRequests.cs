namespace CoopBot.Decisions;

/// <summary>The acting Teams user, as taken from a validated activity.</summary>
public sealed record Actor(string? AadObjectId, string Name, string? TeamsUserId);

public sealed record CreatePollRequest(
    string SteeringGroupId,
    Actor Creator,
    string KindId,
    string? Title,
    string? Description,
    IReadOnlyList<string?> OptionLabels,
    DateTimeOffset ClosesAt,
    string ActivityKey);

public sealed record VoteRequest(string PollId, Actor Voter, IReadOnlyList<string?> OptionIds, string? Reason, string ActivityKey);

/// <summary>A recorded vote and the poll it was cast on.</summary>
public sealed record VoteReceipt(PollRecord Poll, BallotRecord Ballot, bool WasRetry);

/// <summary>Everything a card needs to show one viewer the decision.</summary>
public sealed record PollView(
    PollRecord Poll,
    CoopBot.Domain.Decisions.TallyResult Tally,
    BallotRecord? ViewerBallot,
    bool ViewerCanVote,
    bool ViewerCanManage,
    IReadOnlyList<string> RefreshUserIds,
    TimeZoneInfo TimeZone);
