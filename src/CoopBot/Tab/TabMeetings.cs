using CoopBot.Domain.Meetings;
using CoopBot.Meetings;

namespace CoopBot.Tab;

/// <summary>One agenda point as this viewer may see it: the full point for NDA signers, else the public version.</summary>
internal sealed record TabMeetingItem(PublicMeetingItem Item, bool Confidential);

/// <summary>One meeting of the year: its moment and status, the agenda (when the viewer may see it) and the published verslag.</summary>
internal sealed record TabMeeting(MeetingRecord Meeting, IReadOnlyList<TabMeetingItem>? Agenda, IReadOnlyList<TabMeetingItem>? Minutes)
{
    public DateTimeOffset StartsAt => Meeting.Slot!.StartsAt;
}

/// <summary>A stuurgroep's meeting year against the domain's 1–3 rule (<see cref="MeetingYearRules.Summarise"/>).</summary>
internal sealed record TabMeetingYear(RegisterAccess Access, MeetingYearSummary Summary, bool YearEnded, int StillPolling, IReadOnlyList<TabMeeting> Meetings)
{
    /// <summary>Planned and held meetings, as the cap counts them.</summary>
    public int Counted => Summary.Planned + Summary.Held;
}

/// <summary>
/// The Vergaderingen page's data. Who sees what is the register's access (<see cref="TabRegister.AccessAsync"/>):
/// members, bodies and the community manager see every agenda; coöperanten only agendas that went out to the afnemers
/// (seed 002); confidential points, in the agenda and the verslag, only for signers of the stuurgroep's NDA, for everyone
/// else the domain's <see cref="PublicRedaction"/>. Draft verslagen are not shown.
/// </summary>
internal sealed class TabMeetings(TabRegister register, MeetingStore store, MeetingService meetings, TimeProvider clock)
{
    public int ThisYear => MeetingCalendar.LocalYear(clock.GetUtcNow(), meetings.TimeZone);

    public async Task<IReadOnlyList<TabMeetingYear>> ReadAsync(TabViewer viewer, string? onlyGroup, int year, CancellationToken ct)
    {
        var years = new List<TabMeetingYear>();
        foreach (var access in await register.AccessAsync(viewer, onlyGroup, ct))
        {
            var all = await store.GetAllAsync(access.Group.Id, ct);
            var inYear = all.Where(m => m.Slot is { } slot && MeetingCalendar.LocalYear(slot.StartsAt, meetings.TimeZone) == year)
                .OrderBy(m => m.Slot!.StartsAt)
                .Select(m => Show(m, access))
                .ToList();
            var summary = MeetingYearRules.Summarise(access.Group.Id, year, all.Select(m => m.ToDomain()).OfType<Meeting>(), meetings.TimeZone);
            var polling = access.Scope == Domain.Decisions.RegisterScope.Intern ? all.Count(m => m.IsPolling) : 0;
            years.Add(new TabMeetingYear(access, summary, year < ThisYear, polling, inYear));
        }

        return years;
    }

    private static TabMeeting Show(MeetingRecord meeting, RegisterAccess access)
    {
        var agendaVisible = access.Scope == Domain.Decisions.RegisterScope.Intern || meeting.AgendaPublishedAt is not null;
        var agenda = agendaVisible ? Items(meeting, null, access) : null;
        var minutes = meeting.Minutes is { } published ? Items(meeting, published, access) : null;
        return new TabMeeting(meeting, agenda, minutes);
    }

    private static List<TabMeetingItem> Items(MeetingRecord meeting, MeetingMinutes? minutes, RegisterAccess access)
    {
        var items = meeting.Agenda.Select(a => a.ToMeetingItem(minutes?.TextByItem.GetValueOrDefault(a.Number))).ToList();
        return access.SeesConfidentialDetails
            ? [.. items.Select(i => new TabMeetingItem(new PublicMeetingItem(i.Number, i.Title, i.Text, i.Amount, IsRedacted: false), i.IsConfidential))]
            : [.. PublicRedaction.Redact(items).Select(p => new TabMeetingItem(p, p.IsRedacted))];
    }
}
