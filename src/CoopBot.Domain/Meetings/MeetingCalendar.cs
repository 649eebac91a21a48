namespace CoopBot.Domain.Meetings;

/// <summary>
/// Calendar questions answered in the local time of the stuurgroepen. The caller passes the Europe/Brussels zone, so the
/// domain reads no time zone database itself: a meeting on 31 December 23:30 in Brussels belongs to that year, not the next.
/// </summary>
public static class MeetingCalendar
{
    /// <summary>The local calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>The local calendar year of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static int LocalYear(DateTimeOffset instant, TimeZoneInfo zone) => LocalDate(instant, zone).Year;

    /// <summary>The meetings of one stuurgroep whose local start falls in <paramref name="year"/>.</summary>
    public static IEnumerable<Meeting> InYear(IEnumerable<Meeting> meetings, string steeringGroupId, int year, TimeZoneInfo zone) =>
        meetings.Where(m => m.SteeringGroupId == steeringGroupId && LocalYear(m.StartsAt, zone) == year);
}
