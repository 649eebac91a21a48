using System.Globalization;
using CoopBot.Graph.Contracts;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace CoopBot.Meetings;

/// <summary>
/// Calendar events with a Teams meeting through Microsoft Graph, organised by Meetings:OrganizerMailbox (application
/// permission Calendars.ReadWrite). Times are sent as Brussels wall-clock time with the Windows zone name, which the
/// calendar API accepts ("Europe/Brussels" is not in its list of extra IANA names), so Exchange applies DST itself.
/// </summary>
internal sealed class GraphMeetingCalendar(IGraphClient graph, IOptions<MeetingsOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Without Graph or an organiser mailbox (the embedded default) meetings are recorded and shown on the card only.</summary>
    public bool IsEnabled => graph.IsConfigured && options.Value.OrganizerMailbox.Length > 0;

    /// <summary>The Windows id of the meeting zone, e.g. "Romance Standard Time" for Europe/Brussels.</summary>
    public string WindowsZone => TimeZoneInfo.TryConvertIanaIdToWindowsId(options.Value.TimeZone, out var id) ? id : options.Value.TimeZone;

    public async Task<CalendarEvent> CreateAsync(MeetingRecord meeting, string steeringGroupName, IReadOnlyList<MeetingAttendee> attendees, CancellationToken ct)
    {
        var body = ToEvent(meeting, steeringGroupName, attendees);
        body.IsOnlineMeeting = true;
        body.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        // Graph de-duplicates a retried create with the same transactionId, so a job retried after a timeout books once.
        body.TransactionId = meeting.Id;
        var created = await graph.Client.Users[options.Value.OrganizerMailbox].Events.PostAsync(body, Prefer, ct)
            ?? throw new InvalidOperationException("Graph created an event without returning it.");
        return new CalendarEvent(created.Id!, created.OnlineMeeting?.JoinUrl, meeting.Slot!.StartsAt, meeting.Slot.Duration, Cancelled: false);
    }

    public async Task<CalendarEvent> UpdateAsync(
        MeetingRecord meeting, string steeringGroupName, IReadOnlyList<MeetingAttendee> attendees, CalendarEvent current, CancellationToken ct)
    {
        var updated = await graph.Client.Users[options.Value.OrganizerMailbox].Events[current.EventId].PatchAsync(ToEvent(meeting, steeringGroupName, attendees), Prefer, ct);
        return current with { JoinUrl = updated?.OnlineMeeting?.JoinUrl ?? current.JoinUrl, SyncedStart = meeting.Slot!.StartsAt, SyncedDuration = meeting.Slot.Duration };
    }

    public async Task<CalendarEvent> CancelAsync(CalendarEvent current, CancellationToken ct)
    {
        await graph.Client.Users[options.Value.OrganizerMailbox].Events[current.EventId].Cancel.PostAsync(
            new Microsoft.Graph.Users.Item.Events.Item.Cancel.CancelPostRequestBody { Comment = MeetingTexts.CalendarCancelled }, cancellationToken: ct);
        return current with { Cancelled = true };
    }

    private Event ToEvent(MeetingRecord meeting, string steeringGroupName, IReadOnlyList<MeetingAttendee> attendees)
    {
        var slot = meeting.Slot!;
        return new Event
        {
            Subject = $"{steeringGroupName}: {meeting.Title}",
            Body = new ItemBody { ContentType = BodyType.Text, Content = MeetingTexts.CalendarBody(steeringGroupName) },
            Start = Local(slot.StartsAt),
            End = Local(slot.StartsAt + slot.Duration),
            Location = slot.IsOnline ? new Location { DisplayName = "Microsoft Teams" } : new Location { DisplayName = slot.Place },
            Attendees = attendees.Select(a => new Attendee { EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name }, Type = AttendeeType.Required }).ToList(),
        };
    }

    private DateTimeTimeZone Local(DateTimeOffset instant) => new()
    {
        DateTime = TimeZoneInfo.ConvertTime(instant, _zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = WindowsZone,
    };

    private void Prefer(Microsoft.Kiota.Abstractions.RequestConfiguration<Microsoft.Kiota.Abstractions.DefaultQueryParameters> request) =>
        request.Headers.Add("Prefer", $"outlook.timezone=\"{WindowsZone}\"");
}
