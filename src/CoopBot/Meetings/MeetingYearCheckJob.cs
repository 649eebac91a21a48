using CoopBot.Domain.Meetings;
using CoopBot.Domain.Registry;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using Microsoft.Extensions.Options;

namespace CoopBot.Meetings;

/// <summary>
/// Daily from 1 June (Brussels): a stuurgroep with no meeting planned or held this year gets one notice to its chair
/// (seed 002: "De stuurgroep komt 1 à 3 keer per jaar samen"). The "n|{year}" marker makes it one notice per year.
/// </summary>
internal sealed class MeetingYearCheckJob(
    MeetingService meetings,
    MeetingStore store,
    IMembershipDirectory directory,
    Common.ProactiveMessenger messenger,
    TimeProvider clock,
    IOptions<MeetingsOptions> options,
    ILogger<MeetingYearCheckJob> logger) : IJobHandler
{
    public const string Type = "meetings.year-check";

    public string JobType => Type;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        // A job runs at or after its due time; the due time stands for "today" when the worker was briefly behind.
        var now = job.DueAt > clock.GetUtcNow() ? job.DueAt : clock.GetUtcNow();
        var year = MeetingCalendar.LocalYear(now, meetings.TimeZone);
        var groups = await directory.GetSteeringGroupsAsync(ct);
        // All stuurgroepen belong to Cultuurconnect's one tenant; a group without a linked team uses a sibling's.
        var cooperativeTenant = groups.Select(g => g.Teams?.TenantId).FirstOrDefault(t => t is not null);
        foreach (var group in groups)
        {
            var all = await store.GetAllAsync(group.Id, ct);
            if (MeetingYearRules.NeedsNoMeetingNotice(group.Id, year, all.Select(m => m.ToDomain()).OfType<Meeting>(), now, meetings.TimeZone, alreadyNotified: false))
            {
                await NotifyChairAsync(group, group.Teams?.TenantId ?? cooperativeTenant, year, ct);
            }
        }

        return JobResult.RunAgainAt(NextRun(now, meetings.TimeZone, options.Value.YearCheckHour));
    }

    /// <summary>The next check: 1 June at the check hour before June, otherwise the next day's check hour.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeZoneInfo zone, int hour)
    {
        var today = MeetingCalendar.LocalDate(now, zone);
        var juneFirst = new DateOnly(today.Year, MeetingYearRules.NoMeetingNoticeFrom.Month, MeetingYearRules.NoMeetingNoticeFrom.Day);
        var at = new TimeOnly(hour, 0);
        var todayRun = Common.DutchFormat.ToUtc(today, at, zone);
        var next = today < juneFirst ? juneFirst : todayRun > now ? today : today.AddDays(1);
        if (next.Year > today.Year)
        {
            next = new DateOnly(next.Year, juneFirst.Month, juneFirst.Day);
        }

        return Common.DutchFormat.ToUtc(next, at, zone);
    }

    private async Task NotifyChairAsync(Registry.Contracts.SteeringGroup group, string? tenantId, int year, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seats = await directory.GetSeatsAsync(group.Id, ct);
        var chair = seats.Where(s => TermRules.IsActive(s.Seat, now) && s.TeamsUserId is not null)
            .OrderBy(s => s.Seat.Role == SeatRole.Voorzitter ? 0 : s.Seat.Role == SeatRole.VervangendVoorzitter ? 1 : 2)
            .FirstOrDefault(s => s.Seat.Role is SeatRole.Voorzitter or SeatRole.VervangendVoorzitter);
        var contact = chair is null ? null : await directory.FindContactAsync(chair.AadObjectId, ct);
        if (contact?.TeamsUserId is null)
        {
            logger.NoChairToRemind(group.Id);
            return; // no marker: tomorrow's run tries again
        }

        var marker = MeetingEntities.NoticeRow(year);
        if (!await store.TryMarkAsync(group.Id, marker, ct))
        {
            return;
        }

        try
        {
            var chat = await messenger.OpenPersonalChatAsync(contact, tenantId, ct);
            var notice = Protocol.Schema.Activity.CreateMessageActivity(MeetingTexts.NoMeetingNotice(year, group.Name));
            notice.TextFormat = "plain";
            await messenger.SendAsync(chat, notice, ct);
        }
        catch (Exception ex) when (ex is Common.ProactiveTargetException or Protocol.Connector.ConnectorException or HttpRequestException)
        {
            // Not sent: remove the marker so tomorrow's run tries again, and let the job log the failure.
            await store.UnmarkAsync(group.Id, marker, ct);
            throw;
        }
    }
}

/// <summary>Schedules the first year check at start-up; the job then reschedules itself. The same due time is stored once.</summary>
internal sealed class MeetingYearCheckScheduler(IJobScheduler jobs, MeetingService meetings, TimeProvider clock, IOptions<MeetingsOptions> options, IOptions<JobOptions> jobOptions) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => jobOptions.Value.Enabled
        ? jobs.ScheduleAsync(MeetingYearCheckJob.Type, "all", MeetingYearCheckJob.NextRun(clock.GetUtcNow(), meetings.TimeZone, options.Value.YearCheckHour), null, cancellationToken)
        : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
