namespace CoopBot.Submissions;

/// <summary>Source-generated log events of the submissions feature, ids 1500-1599 (table in docs/architecture.md). Ids only.</summary>
internal static partial class SubmissionLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Warning, Message = "Could not tell the submitter of {SubmissionId}")]
    public static partial void SubmitterNotTold(this ILogger logger, string submissionId, Exception exception);
}
