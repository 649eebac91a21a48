namespace CoopBot.Decisions;

/// <summary>Who did what, when, with the state before and after. Never updated or deleted.</summary>
public sealed record AuditEvent(string Key, string Type, string Actor, DateTimeOffset At, string? Before, string? After);
