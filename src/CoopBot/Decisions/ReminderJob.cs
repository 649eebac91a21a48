using CoopBot.Common;
using CoopBot.Jobs;

namespace CoopBot.Decisions;

/// <summary>
/// The one automatic reminder, a day before closing. The job is leased (one instance runs it) and the reminder is
/// claimed under the poll's ETag before it is sent, so even two runs send it once. An extension reschedules the job;
/// a run that finds the reminder not yet due (or already sent) ends without sending.
/// </summary>
internal sealed class ReminderJob(DecisionService decisions, ProactiveMessenger messenger) : IJobHandler
{
    public string JobType => DecisionService.ReminderJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        var reminder = await decisions.ClaimAutomaticReminderAsync(job.Key, ct);
        if (reminder is { IsEmpty: false })
        {
            await messenger.SendReminderAsync(reminder, decisions.TimeZone, ct);
        }

        return JobResult.Done;
    }
}
