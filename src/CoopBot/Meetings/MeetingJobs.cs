using CoopBot.Common;
using CoopBot.Domain.Meetings;
using CoopBot.Jobs.Contracts;

namespace CoopBot.Meetings;

/// <summary>Keeps the calendar event in step with the meeting: create once fixed, PATCH when moved, cancel when cancelled.</summary>
internal sealed class MeetingCalendarJob(MeetingService meetings, GraphMeetingCalendar calendar, IMeetingAttendees attendees, ProactiveMessenger messenger) : IJobHandler
{
    public string JobType => MeetingService.CalendarJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        if (!calendar.IsEnabled || await meetings.GetViewAsync(job.Key, ct) is not { } view)
        {
            return JobResult.Done;
        }

        var meeting = view.Meeting;
        CalendarEvent? synced = null;
        if (meeting.Status == MeetingStatus.Geannuleerd)
        {
            synced = meeting.Event is { Cancelled: false } open ? await calendar.CancelAsync(open, ct) : null;
        }
        else if (meeting.Slot is { } slot && meeting.Status == MeetingStatus.Gepland)
        {
            var invited = await attendees.GetAsync(meeting.SteeringGroupId, ct);
            synced = meeting.Event switch
            {
                null => await calendar.CreateAsync(meeting, view.SteeringGroupName, invited, ct),
                { Cancelled: false } e when e.SyncedStart != slot.StartsAt || e.SyncedDuration != slot.Duration =>
                    await calendar.UpdateAsync(meeting, view.SteeringGroupName, invited, e, ct),
                _ => null,
            };
        }

        if (synced is not null)
        {
            await meetings.ChangeAsBotAsync(meeting.Id, "agenda-sync", m => m with { Event = synced }, ct);
            if (await meetings.GetViewAsync(meeting.Id, ct) is { Meeting.Card: { } location } updated)
            {
                await messenger.UpdateCardAsync(location, MeetingCards.Shared(updated), ct);
            }
        }

        return JobResult.Done;
    }
}

/// <summary>
/// A week before the meeting (Meetings:AgendaLeadTime): the full agenda in the meeting thread, the public one to all
/// afnemers. A job planned for a moment that has since moved or was cancelled does nothing; the move planned its own.
/// </summary>
internal sealed class MeetingAgendaJob(MeetingService meetings, MeetingBroadcaster broadcaster, ProactiveMessenger threads, TimeProvider clock) : IJobHandler
{
    public string JobType => MeetingService.AgendaJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        if (await meetings.GetViewAsync(job.Key, ct) is not { } view
            || view.Meeting is not { Status: MeetingStatus.Gepland, Slot: not null } planned
            || MeetingService.StartTicks(planned) != job.Payload)
        {
            return JobResult.Done;
        }

        // A meeting planned less than a week ahead makes this job due at once, possibly before its card (the thread the
        // agenda replies to) is stored: try again shortly instead of dropping the agenda.
        if (planned is not { Card: { } thread } meeting)
        {
            return JobResult.RunAgainAt(clock.GetUtcNow().AddSeconds(5));
        }

        // An empty agenda is not worth a broadcast to every afnemer: for a meeting planned at short notice, wait until the
        // chair has added points (or the meeting starts).
        if (meeting.AgendaPublishedAt is null && meeting.Agenda.Count == 0 && clock.GetUtcNow() < meeting.Slot.StartsAt)
        {
            return JobResult.RunAgainAt(clock.GetUtcNow().AddSeconds(5));
        }

        // Posted before it is marked: after a crash in between the agenda appears twice rather than never. Points added
        // after it went out raise the revision; each revision is posted and sent once.
        if (meeting.AgendaPublishedAt is null || meeting.AgendaSentRevision < meeting.AgendaRevision)
        {
            var revision = meeting.AgendaRevision;
            await threads.ReplyCardAsync(thread, MeetingCards.Full(view, isMinutes: false), ct);
            await meetings.ChangeAsBotAsync(meeting.Id, "agenda-gepubliceerd", m => m with
            {
                AgendaPublishedAt = m.AgendaPublishedAt ?? clock.GetUtcNow(),
                AgendaSentRevision = Math.Max(m.AgendaSentRevision, revision),
            }, ct);
            view = await meetings.GetViewAsync(meeting.Id, ct) ?? view;
        }

        await broadcaster.StartAsync(view, isMinutes: false, ct);
        return JobResult.Done;
    }
}

/// <summary>
/// After publication (by the chair, or when the members approved it): the full verslag in the meeting thread, the meeting
/// card updated, and the public verslag to all afnemers. Durable, so a connector failure delays the verslag, never loses it.
/// </summary>
internal sealed class MeetingMinutesJob(MeetingService meetings, MeetingBroadcaster broadcaster, ProactiveMessenger messenger, TimeProvider clock) : IJobHandler
{
    public string JobType => MeetingHandlers.MinutesJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        if (await meetings.GetViewAsync(job.Key, ct) is not { Meeting.Minutes: not null } view)
        {
            return JobResult.Done;
        }

        // Posted before it is marked: after a crash in between the verslag appears twice rather than never.
        if (view.Meeting is { MinutesPostedAt: null, Card: { } thread })
        {
            await messenger.ReplyCardAsync(thread, MeetingCards.Full(view, isMinutes: true), ct);
            await meetings.ChangeAsBotAsync(view.Meeting.Id, "verslag-gepost", m => m with { MinutesPostedAt = m.MinutesPostedAt ?? clock.GetUtcNow() }, ct);
            await messenger.UpdateCardAsync(thread, MeetingCards.Shared(view), ct);
        }

        await broadcaster.StartAsync(view, isMinutes: true, ct);
        return JobResult.Done;
    }
}

/// <summary>At the end of the meeting it is marked held, and the chair is asked for the verslag in the meeting thread.</summary>
internal sealed class MeetingHeldJob(MeetingService meetings, ProactiveMessenger messenger) : IJobHandler
{
    public string JobType => MeetingService.HeldJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        if (await meetings.GetViewAsync(job.Key, ct) is not { Meeting: { Status: MeetingStatus.Gepland, Slot: not null } meeting }
            || MeetingService.StartTicks(meeting) != job.Payload)
        {
            return JobResult.Done;
        }

        var held = await meetings.MarkHeldAsync(meeting.Id, ct);
        if (held.IsSuccess && await meetings.GetViewAsync(meeting.Id, ct) is { Meeting.Card: { } location } view)
        {
            await messenger.UpdateCardAsync(location, MeetingCards.Shared(view), ct);
            await messenger.ReplyAsync(location, MeetingTexts.MeetingEnded, ct);
        }

        return JobResult.Done;
    }
}
