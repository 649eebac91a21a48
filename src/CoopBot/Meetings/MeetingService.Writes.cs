using Azure.Data.Tables;
using CoopBot.Domain.Common;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

internal sealed partial class MeetingService
{
    /// <summary>
    /// Writes a meeting whose moment is fixed, after checking the yearly cap. The year guard is read before the meetings,
    /// and written with them in one batch: a concurrent decision in the same year changes the guard, so one of the two
    /// batches fails (409/412) and is re-decided on fresh data. Several instances can therefore never plan a fourth.
    /// </summary>
    private async Task<Result<MeetingRecord>> WriteCappedAsync(MeetingRecord meeting, Azure.ETag ifMatch, MeetingActor by, string type, CancellationToken ct)
    {
        var year = MeetingCalendar.LocalYear(meeting.Slot!.StartsAt, TimeZone);
        var guard = await store.GetYearGuardAsync(meeting.SteeringGroupId, year, ct);
        var existing = (await store.GetAllAsync(meeting.SteeringGroupId, ct)).Select(m => m.ToDomain()).OfType<Meeting>();
        var cap = MeetingCap.CanSchedule(meeting.ToDomain()!, existing, TimeZone);
        if (!cap.IsSuccess)
        {
            return cap.Rejection;
        }

        await store.WriteAsync(meeting, ifMatch, [guard], Event(meeting, by, type), ct);
        return meeting;
    }

    private async Task<Result<MeetingRecord>> ChangeCappedAsync(
        string meetingId, MeetingActor by, string type, Func<MeetingRecord, Result<MeetingRecord>> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(meetingId, ct) is not { } stored)
            {
                return MeetingTexts.NotFound;
            }

            if (await RefuseManagerAsync(stored.Meeting.SteeringGroupId, by, ct) is { } refused)
            {
                return refused;
            }

            var next = change(stored.Meeting);
            if (!next.IsSuccess)
            {
                return next;
            }

            try
            {
                var written = await WriteCappedAsync(next.Value, stored.ETag, by, type, ct);
                if (written.IsSuccess)
                {
                    await ScheduleFollowUpsAsync(written.Value, ct);
                }

                return written;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConcurrencyRetries)
            {
                // Someone changed this meeting or planned another one in the same year: decide again on fresh data.
            }
        }
    }

    /// <summary>An ETag-guarded change that does not affect the cap (card location, cancellation, agenda, verslag).</summary>
    private async Task<Result<MeetingRecord>> ChangeAsync(
        string meetingId, MeetingActor? by, string type, bool requireManager, Func<MeetingRecord, Result<MeetingRecord>> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(meetingId, ct) is not { } stored)
            {
                return MeetingTexts.NotFound;
            }

            if (requireManager && await RefuseManagerAsync(stored.Meeting.SteeringGroupId, by, ct) is { } refused)
            {
                return refused;
            }

            var next = change(stored.Meeting);
            if (!next.IsSuccess)
            {
                return next;
            }

            try
            {
                await store.WriteAsync(next.Value, stored.ETag, [], Event(next.Value, by, type), ct);
                return next;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 412 && attempt < MaxConcurrencyRetries)
            {
            }
        }
    }

    /// <summary>Durable follow-ups of a fixed moment: calendar sync, the agenda a week before, "held" at the end.</summary>
    private async Task ScheduleFollowUpsAsync(MeetingRecord meeting, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var slot = meeting.Slot!;
        await jobs.ScheduleAsync(CalendarJobType, meeting.Id, now, null, ct);
        var agendaAt = slot.StartsAt - options.Value.AgendaLeadTime;
        await jobs.ScheduleAsync(AgendaJobType, meeting.Id, agendaAt < now ? now : agendaAt, StartTicks(meeting), ct);
        await jobs.ScheduleAsync(HeldJobType, meeting.Id, slot.StartsAt + slot.Duration, StartTicks(meeting), ct);
    }

    /// <summary>Jobs carry the start they were planned for; a job for a moment that has since moved does nothing.</summary>
    public static string StartTicks(MeetingRecord meeting) =>
        meeting.Slot!.StartsAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Used by jobs: the change is made by the bot itself, not a person.</summary>
    public Task<Result<MeetingRecord>> ChangeAsBotAsync(string meetingId, string type, Func<MeetingRecord, Result<MeetingRecord>> change, CancellationToken ct) =>
        ChangeAsync(meetingId, null, type, requireManager: false, change, ct);

    public Task<Result<MeetingRecord>> MarkHeldAsync(string meetingId, CancellationToken ct) =>
        ChangeAsBotAsync(meetingId, "gehouden", m =>
        {
            var held = m.ToDomain() is { } meeting ? MeetingLifecycle.MarkHeld(meeting, clock.GetUtcNow()) : MeetingTexts.StillPolling;
            return held.IsSuccess ? m with { Status = MeetingStatus.Gehouden } : held.Rejection;
        }, ct);
}
