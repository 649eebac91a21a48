using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

/// <summary>One agenda point as every afnemer may see it. Presenter, duration and linked proposals are empty when redacted.</summary>
internal sealed record PublicItem(PublicMeetingItem Item, string? Presenter, int? Minutes, IReadOnlyList<string> DecisionTitles);

/// <summary>
/// The public agenda or verslag (seed 002: shared with all afnemers; confidential financial information "komt ook niet in
/// het openbaar verslag"). Public cards are built only from this record, never from <see cref="MeetingRecord"/>, so
/// nothing of a confidential point can reach them: <see cref="PublicRedaction"/> decides what survives.
/// </summary>
internal sealed record PublicMeetingContent(
    string MeetingId, string SteeringGroupName, string Title, DateTimeOffset StartsAt, TimeSpan Duration, string Where,
    IReadOnlyList<PublicItem> Items, IReadOnlyList<string> Present)
{
    public static PublicMeetingContent From(MeetingView view, bool withMinutes)
    {
        var meeting = view.Meeting;
        var minutes = withMinutes ? meeting.Minutes : null;
        var redacted = PublicRedaction.Redact(meeting.Agenda.Select(a => a.ToMeetingItem(minutes?.TextByItem.GetValueOrDefault(a.Number))));
        var items = redacted.Select(p =>
        {
            if (p.IsRedacted)
            {
                return new PublicItem(p, null, null, []);
            }

            var source = meeting.Agenda.First(a => a.Number == p.Number);
            var links = source.DecisionIds.Concat(minutes?.DecisionsByItem.GetValueOrDefault(p.Number) ?? []).Distinct(StringComparer.Ordinal);
            return new PublicItem(p, source.Presenter, source.Minutes, links.Select(id => view.DecisionTitles.GetValueOrDefault(id)).OfType<string>().ToList());
        }).ToList();
        var present = minutes is null ? [] : view.Members.Where(m => minutes.PresentIds.Contains(m.Id, StringComparer.OrdinalIgnoreCase)).Select(m => m.Name).ToList();
        var slot = meeting.Slot!;
        return new PublicMeetingContent(meeting.Id, view.SteeringGroupName, meeting.Title, slot.StartsAt, slot.Duration, MeetingCards.Where(slot), items, present);
    }
}
