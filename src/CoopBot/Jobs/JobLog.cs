namespace CoopBot.Jobs;

/// <summary>
/// Source-generated log events of the job worker, ids 1200-1299 (table in docs/architecture.md). Job type and key
/// (an id, e.g. a poll or meeting id) only, never a payload.
/// </summary>
internal static partial class JobLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Error, Message = "Job pass failed")]
    public static partial void JobPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Job {JobType} {JobKey} failed (attempt {Attempt})")]
    public static partial void JobFailed(this ILogger logger, string jobType, string jobKey, int attempt, Exception exception);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Job {JobType} {JobKey} parked after {Attempts} attempts")]
    public static partial void JobParked(this ILogger logger, string jobType, string jobKey, int attempts);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Telling the community manager about parked job {JobType} {JobKey} failed")]
    public static partial void ParkedNoticeFailed(this ILogger logger, string jobType, string jobKey, Exception exception);
}
