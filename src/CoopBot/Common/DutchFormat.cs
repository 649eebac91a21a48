using System.Globalization;

namespace CoopBot.Common;

/// <summary>Dates, counts and plurals as Flemish users read them.</summary>
internal static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");

    public static string DateTime(DateTimeOffset utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return local.ToString("dddd d MMMM yyyy 'om' HH:mm", Culture);
    }

    /// <summary>E.g. "1 maart 2027", in the users' zone.</summary>
    public static string Date(DateTimeOffset utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(utc, zone).ToString("d MMMM yyyy", Culture);

    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";

    /// <summary>Converts a local date and time in the given zone to UTC; an invalid (DST gap) time is moved forward.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
