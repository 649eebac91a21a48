namespace CoopBot.Common;

/// <summary>Source-generated log events of the shared kernel, ids 900-999 (table in docs/architecture.md). Ids only.</summary>
internal static partial class CommonLog
{
    [LoggerMessage(EventId = 900, Level = LogLevel.Warning, Message = "Card {ActivityId} no longer exists ({ErrorCode}); continuing without the update")]
    public static partial void CardGone(this ILogger logger, string activityId, string? errorCode);
}
