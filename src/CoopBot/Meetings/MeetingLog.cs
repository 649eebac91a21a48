namespace CoopBot.Meetings;

/// <summary>Source-generated log events of the meetings feature, ids 1400-1499 (table in docs/architecture.md). Ids only.</summary>
internal static partial class MeetingLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "No chair with a Teams id known to remind stuurgroep {SteeringGroupId} of its yearly meeting")]
    public static partial void NoChairToRemind(this ILogger logger, string steeringGroupId);
}
