using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings.Contracts;

/// <summary>
/// One meeting as other features show it: moment, status and place in Dutch, whether its agenda went out to the afnemers,
/// the agenda points and, once published, the verslag (each point with its text). Confidential points are still whole
/// here: the caller applies <see cref="PublicRedaction"/> for whoever may not see them.
/// </summary>
internal sealed record MeetingOverview(
    string Id, string Title, DateTimeOffset StartsAt, string Status, string Where, bool AgendaPublished,
    IReadOnlyList<MeetingItem> Agenda, IReadOnlyList<MeetingItem>? Minutes);

/// <summary>A stuurgroep's meeting year: the domain's summary against the 1–3 rule, meetings still polling for a date, and the meetings.</summary>
internal sealed record MeetingYearOverview(MeetingYearSummary Summary, bool YearEnded, int StillPolling, IReadOnlyList<MeetingOverview> Meetings);

/// <summary>Meetings per stuurgroep and Brussels calendar year, from the meeting store (draft verslagen are left out).</summary>
internal sealed class MeetingYears(MeetingStore store, MeetingService meetings, TimeProvider clock)
{
    public int ThisYear => MeetingCalendar.LocalYear(clock.GetUtcNow(), meetings.TimeZone);

    public async Task<MeetingYearOverview> ReadAsync(string steeringGroupId, int year, CancellationToken ct)
    {
        var all = await store.GetAllAsync(steeringGroupId, ct);
        var inYear = all.Where(m => m.Slot is { } slot && MeetingCalendar.LocalYear(slot.StartsAt, meetings.TimeZone) == year)
            .OrderBy(m => m.Slot!.StartsAt)
            .Select(m => new MeetingOverview(
                m.Id, m.Title, m.Slot!.StartsAt, MeetingCards.StatusName(m.Status), MeetingCards.Where(m.Slot), m.AgendaPublishedAt is not null,
                Items(m, null), m.Minutes is { } minutes ? Items(m, minutes) : null))
            .ToList();
        var summary = MeetingYearRules.Summarise(steeringGroupId, year, all.Select(m => m.ToDomain()).OfType<Meeting>(), meetings.TimeZone);
        return new MeetingYearOverview(summary, year < ThisYear, all.Count(m => m.IsPolling), inYear);
    }

    private static List<MeetingItem> Items(MeetingRecord meeting, MeetingMinutes? minutes) =>
        [.. meeting.Agenda.Select(a => a.ToMeetingItem(minutes?.TextByItem.GetValueOrDefault(a.Number)))];
}
