using CoopBot.Domain.Meetings;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Meetings;

/// <summary>One stuurgroep's year in the report; <see cref="Flagged"/> when the year has ended without a meeting held.</summary>
internal sealed record MeetingReportLine(string SteeringGroupId, string SteeringGroupName, MeetingYearSummary Summary, bool Flagged);

/// <summary>Per stuurgroep and year: planned, held and cancelled meetings (for the CLI's "meetings report").</summary>
internal sealed class MeetingReport(MeetingStore store, IMembershipDirectory directory, TimeProvider clock)
{
    public async Task<IReadOnlyList<MeetingReportLine>> BuildAsync(int? fromYear, CancellationToken ct)
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var thisYear = MeetingCalendar.LocalYear(clock.GetUtcNow(), brussels);
        var lines = new List<MeetingReportLine>();
        foreach (var group in (await directory.GetSteeringGroupsAsync(ct)).OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            var meetings = (await store.GetAllAsync(group.Id, ct)).Select(m => m.ToDomain()).OfType<Meeting>().ToList();
            var years = meetings.Select(m => MeetingCalendar.LocalYear(m.StartsAt, brussels)).ToList();
            var first = fromYear ?? (years.Count == 0 ? thisYear : Math.Min(years.Min(), thisYear));
            var last = Math.Max(thisYear, years.DefaultIfEmpty(thisYear).Max());
            for (var year = first; year <= last; year++)
            {
                var summary = MeetingYearRules.Summarise(group.Id, year, meetings, brussels);
                lines.Add(new MeetingReportLine(group.Id, group.Name, summary, Flagged: year < thisYear && summary.NoMeetingHeld));
            }
        }

        return lines;
    }
}
