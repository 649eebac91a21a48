namespace CoopBot.Domain.Text;

/// <summary>Dates as Flemish readers write them ("1 juni 2025"), without depending on the host's culture data.</summary>
internal static class DutchDate
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>The calendar date of the instant in its own offset.</summary>
    public static string Format(DateTimeOffset instant) => Format(DateOnly.FromDateTime(instant.DateTime));
}
