namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>The system clock moved by a fixed offset: a host "restarted" days later, with real timers underneath.</summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
