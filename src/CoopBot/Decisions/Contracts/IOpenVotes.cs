namespace CoopBot.Decisions.Contracts;

/// <summary>
/// "Mijn stuurgroepen" asks the decisions feature which open votes still wait for the person's ballot. Kept to this one
/// question so the decisions feature can change how it stores polls without touching the registry.
/// </summary>
public interface IOpenVotes
{
    /// <summary>Open polls of the stuurgroep in which <paramref name="voterAadObjectId"/> has no ballot yet, at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<OpenVoteItem>> FindWithoutBallotAsync(string steeringGroupId, string voterAadObjectId, DateTimeOffset now, CancellationToken ct);
}

/// <summary>An open poll waiting for the person's vote.</summary>
public sealed record OpenVoteItem(string PollId, string SteeringGroupId, string Title, DateTimeOffset ClosesAt);
