namespace CoopBot.Domain.Meetings;

/// <summary>How one stuurgroep's year went, for the year-end report.</summary>
/// <param name="Year">The calendar year (Brussels time).</param>
/// <param name="Held">Meetings held.</param>
/// <param name="Planned">Meetings still planned.</param>
/// <param name="Cancelled">Meetings cancelled.</param>
/// <param name="Remark">Dutch remark when fewer than <see cref="MeetingCap.MinPerYear"/> meetings were held; null otherwise.</param>
public sealed record MeetingYearSummary(int Year, int Held, int Planned, int Cancelled, string? Remark)
{
    /// <summary>True when the stuurgroep did not meet the minimum of the seed rule.</summary>
    public bool NoMeetingHeld => Held < MeetingCap.MinPerYear;
}

/// <summary>Follow-up of the minimum in <see cref="MeetingCap.RuleText"/>.</summary>
public static class MeetingYearRules
{
    /// <summary>From this day of the year (Brussels time) a stuurgroep with nothing planned is reminded.</summary>
    public static readonly (int Month, int Day) NoMeetingNoticeFrom = (6, 1);

    /// <summary>
    /// True from 1 June up to and including 31 December of <paramref name="year"/> (Brussels dates) when the stuurgroep has no
    /// planned or held meeting that year and was not told yet.
    /// </summary>
    public static bool NeedsNoMeetingNotice(
        string steeringGroupId, int year, IEnumerable<Meeting> meetings, DateTimeOffset now, TimeZoneInfo brussels, bool alreadyNotified)
    {
        var today = MeetingCalendar.LocalDate(now, brussels);
        var from = new DateOnly(year, NoMeetingNoticeFrom.Month, NoMeetingNoticeFrom.Day);
        return !alreadyNotified
            && today >= from
            && today.Year == year
            && !MeetingCalendar.InYear(meetings, steeringGroupId, year, brussels).Any(m => m.CountsTowardsCap);
    }

    /// <summary>Counts the year's meetings by status; only meetings marked held count as held.</summary>
    public static MeetingYearSummary Summarise(string steeringGroupId, int year, IEnumerable<Meeting> meetings, TimeZoneInfo brussels)
    {
        var inYear = MeetingCalendar.InYear(meetings, steeringGroupId, year, brussels).ToList();
        var held = inYear.Count(m => m.Status == MeetingStatus.Gehouden);
        var remark = held < MeetingCap.MinPerYear ? $"In {year} is de stuurgroep niet samengekomen. {MeetingCap.RuleText}" : null;
        return new MeetingYearSummary(
            year,
            held,
            inYear.Count(m => m.Status == MeetingStatus.Gepland),
            inYear.Count(m => m.Status == MeetingStatus.Geannuleerd),
            remark);
    }
}
