using CoopBot.Common;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

/// <summary>
/// A stored stuurgroep meeting. While a time poll runs, <see cref="Slot"/> is null and <see cref="Candidates"/> holds
/// the proposed moments; once a moment is fixed the meeting is planned (gepland) and counts towards the yearly cap.
/// </summary>
public sealed record MeetingRecord(
    string Id,
    string SteeringGroupId,
    string Title,
    MeetingStatus Status,
    SlotCandidate? Slot,
    IReadOnlyList<SlotCandidate> Candidates,
    IReadOnlyList<AgendaItem> Agenda,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    CardLocation? Card = null,
    CalendarEvent? Event = null,
    MeetingMinutes? Minutes = null,
    DateTimeOffset? AgendaPublishedAt = null)
{
    /// <summary>Raised by every agenda point added after the agenda went out; the agenda job sends each revision once.</summary>
    public int AgendaRevision { get; init; }

    /// <summary>The agenda revision last posted in the thread and sent to the afnemers.</summary>
    public int AgendaSentRevision { get; init; }

    /// <summary>When the full verslag was posted in the meeting thread (by the durable verslag job, once).</summary>
    public DateTimeOffset? MinutesPostedAt { get; init; }

    /// <summary>A verslag the members still have to approve (issue 7), with the decisions proposal that asks them.</summary>
    public MeetingMinutes? DraftMinutes { get; init; }

    public string? DraftApprovalPollId { get; init; }

    /// <summary>True while members answer the time poll.</summary>
    public bool IsPolling => Slot is null && Status == MeetingStatus.Gepland;

    public DateTimeOffset? EndsAt => Slot is null ? null : Slot.StartsAt + Slot.Duration;

    /// <summary>The domain meeting for cap and lifecycle rules; null while the moment is not fixed.</summary>
    public Meeting? ToDomain() => Slot is null ? null : new Meeting(Id, SteeringGroupId, Slot.StartsAt, Status);

    /// <summary>The stuurgroep id is the part before the last '.', so a meeting id leads to its partition without an index.</summary>
    public static string SteeringGroupOf(string meetingId)
    {
        var dot = meetingId.LastIndexOf('.');
        return dot > 0 ? meetingId[..dot] : string.Empty;
    }

    /// <summary>Derived from the activity that asked for it, so a redelivered activity finds the meeting it created.</summary>
    public static string NewId(string steeringGroupId, string activityKey) =>
        $"{steeringGroupId}.{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(activityKey)))[..12]}";
}

/// <summary>
/// The calendar event that carries the Teams meeting, when Graph is configured, with the moment it was last synced to,
/// so a sync job can tell whether the event still has to be moved or cancelled.
/// </summary>
public sealed record CalendarEvent(string EventId, string? JoinUrl, DateTimeOffset SyncedStart, TimeSpan SyncedDuration, bool Cancelled);

/// <summary>Someone invited to the calendar event.</summary>
public sealed record MeetingAttendee(string Name, string Email);

/// <summary>The verslag: a short text and linked decisions per agenda point, and who attended.</summary>
public sealed record MeetingMinutes(
    IReadOnlyDictionary<int, string> TextByItem,
    IReadOnlyDictionary<int, IReadOnlyList<string>> DecisionsByItem,
    IReadOnlyList<string> PresentIds,
    DateTimeOffset PublishedAt,
    string PublishedBy);

/// <summary>A member's attendance answer on the meeting card.</summary>
public enum Rsvp
{
    Aanwezig,
    Afwezig,
}
