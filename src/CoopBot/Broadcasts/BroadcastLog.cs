namespace CoopBot.Broadcasts;

/// <summary>
/// Source-generated log events of the broadcast worker, ids 1300-1399 (table in docs/architecture.md). Broadcast id,
/// delivery partition and counts only, never the message or a recipient.
/// </summary>
internal static partial class BroadcastLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Error, Message = "Broadcast worker pass failed")]
    public static partial void BroadcastPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Broadcast delivery in {Partition} failed for good with status {Status}")]
    public static partial void DeliveryFailed(this ILogger logger, string partition, int status, Exception exception);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Broadcast delivery in {Partition} will be retried")]
    public static partial void DeliveryRetry(this ILogger logger, string partition, Exception exception);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Updating the stats card of broadcast {BroadcastId} failed")]
    public static partial void StatsCardFailed(this ILogger logger, string broadcastId, Exception exception);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Broadcast {BroadcastId} finished: {Sent} sent, {Failed} failed")]
    public static partial void BroadcastFinished(this ILogger logger, string broadcastId, int sent, int failed);
}
