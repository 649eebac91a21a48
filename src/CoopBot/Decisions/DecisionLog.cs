using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>
/// Source-generated log events of the decisions feature, ids 1000-1099 (table in docs/architecture.md). Ids, reason
/// codes and counts only: never a name, e-mail, AAD id, title, option, reason or comment.
/// </summary>
internal static partial class DecisionLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Vote recorded on decision {PollId}")]
    public static partial void VoteRecorded(this ILogger logger, string pollId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Vote on decision {PollId} refused: {ReasonCode}")]
    public static partial void VoteRefused(this ILogger logger, string pollId, string reasonCode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Vote on decision {PollId} not confirmed by the storage in time")]
    public static partial void VoteNotConfirmed(this ILogger logger, string pollId);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Decision {PollId} closed by a manager; counted after the grace period")]
    public static partial void DecisionClosed(this ILogger logger, string pollId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Decision {PollId} closed and counted: {Voters} of {Eligible} voted, quorum met {QuorumMet}, outcome {Outcome}")]
    public static partial void DecisionCounted(this ILogger logger, string pollId, int voters, int eligible, bool quorumMet, DecisionOutcome outcome);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Updating the shared card of poll {PollId} failed")]
    public static partial void SharedCardUpdateFailed(this ILogger logger, string pollId, Exception exception);
}
