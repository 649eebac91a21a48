using System.Globalization;

namespace CoopBot.Domain.Tests.TestData;

/// <summary>Instants and the Brussels zone for tests, independent of the host's clock and time zone database.</summary>
internal static class Time
{
    /// <summary>Europe/Brussels rules (CET, CEST from the last Sunday of March to the last Sunday of October), built in code.</summary>
    public static TimeZoneInfo Brussels { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test/Brussels",
        TimeSpan.FromHours(1),
        "Brussel",
        "CET",
        "CEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    /// <summary>An instant from ISO 8601 text with offset, e.g. "2025-03-01T10:00:00+01:00".</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
