using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>
/// Source-generated log events of the escalation feature, ids 1100-1199 (table in docs/architecture.md). Ids, states,
/// tier and body only: never an amount, a title, a refusal reason or who acted.
/// </summary>
internal static partial class EscalationLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Escalation {PollId} {EventType}: {From} -> {To} (tier {Tier}, body {Body})")]
    public static partial void EscalationTransition(
        this ILogger logger, string pollId, string eventType, EscalationStatus from, EscalationStatus to, EscalationTier tier, ConfirmingBody? body);
}
