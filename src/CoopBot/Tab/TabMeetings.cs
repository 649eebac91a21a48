using CoopBot.Domain.Decisions;
using CoopBot.Domain.Meetings;
using CoopBot.Meetings.Contracts;

namespace CoopBot.Tab;

/// <summary>One agenda point as this viewer may see it: the full point for NDA signers, else the public version.</summary>
internal sealed record TabMeetingItem(PublicMeetingItem Item, bool Confidential);

/// <summary>One meeting of the year: the meetings feature's overview, with the agenda (when the viewer may see it) and verslag as shown.</summary>
internal sealed record TabMeeting(MeetingOverview Meeting, IReadOnlyList<TabMeetingItem>? Agenda, IReadOnlyList<TabMeetingItem>? Minutes);

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
internal sealed class TabMeetings(TabRegister register, MeetingYears meetings)
{
    public int ThisYear => meetings.ThisYear;

    public async Task<IReadOnlyList<TabMeetingYear>> ReadAsync(TabViewer viewer, string? onlyGroup, int year, CancellationToken ct)
    {
        var years = new List<TabMeetingYear>();
        foreach (var access in await register.AccessAsync(viewer, onlyGroup, ct))
        {
            var overview = await meetings.ReadAsync(access.Group.Id, year, ct);
            var intern = access.Scope == RegisterScope.Intern;
            years.Add(new TabMeetingYear(access, overview.Summary, overview.YearEnded, intern ? overview.StillPolling : 0, [.. overview.Meetings.Select(m => Show(m, access, intern))]));
        }

        return years;
    }

    private static TabMeeting Show(MeetingOverview meeting, RegisterAccess access, bool intern) => new(
        meeting,
        intern || meeting.AgendaPublished ? Items(meeting.Agenda, access) : null,
        meeting.Minutes is { } minutes ? Items(minutes, access) : null);

    private static List<TabMeetingItem> Items(IReadOnlyList<MeetingItem> items, RegisterAccess access) => access.SeesConfidentialDetails
        ? [.. items.Select(i => new TabMeetingItem(new PublicMeetingItem(i.Number, i.Title, i.Text, i.Amount, IsRedacted: false), i.IsConfidential))]
        : [.. PublicRedaction.Redact(items).Select(p => new TabMeetingItem(p, p.IsRedacted))];
}
