using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>
/// The transitions of a planned meeting. Only a planned meeting can be moved, cancelled or marked held; a meeting is held
/// once its start has passed. Every transition either succeeds or returns a rejection.
/// </summary>
public static class MeetingLifecycle
{
    /// <summary>Moves a planned meeting to <paramref name="startsAt"/>; the cap is checked again by the caller.</summary>
    public static Result<Meeting> Reschedule(Meeting meeting, DateTimeOffset startsAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status != MeetingStatus.Gepland ? MeetingRejections.NotPlanned(meeting.Status)
            : startsAt <= now ? MeetingRejections.StartInPast
            : meeting with { StartsAt = startsAt };
    }

    /// <summary>Cancels a planned meeting; it no longer counts towards the cap.</summary>
    public static Result<Meeting> Cancel(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status != MeetingStatus.Gepland
            ? MeetingRejections.NotPlanned(meeting.Status)
            : meeting with { Status = MeetingStatus.Geannuleerd };
    }

    /// <summary>Marks a planned meeting held once it has started.</summary>
    public static Result<Meeting> MarkHeld(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status != MeetingStatus.Gepland ? MeetingRejections.NotPlanned(meeting.Status)
            : meeting.StartsAt > now ? MeetingRejections.NotStartedYet
            : meeting with { Status = MeetingStatus.Gehouden };
    }
}
