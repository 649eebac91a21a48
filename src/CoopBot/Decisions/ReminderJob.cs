using CoopBot.Common;
using CoopBot.Jobs.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>
/// The one automatic reminder, a day before closing. The job is leased (one instance runs it); each message goes through
/// the delivery ledger (claimed, sent, marked) and only then is the reminder recorded on the poll, so a Connector outage
/// longer than the Connector's own retries makes the job retry with backoff instead of losing the reminder (issue 15).
/// An extension reschedules the job; a run that finds the reminder not yet due (or already sent) ends without sending.
/// </summary>
internal sealed class ReminderJob(
    DecisionReminders reminders, DecisionLookup lookup, ProactiveMessenger messenger, DeliveryLedger ledger, TimeProvider clock, IOptions<JobOptions> jobs) : IJobHandler
{
    public const string AutomaticKey = "reminder|automatic";

    public string JobType => DecisionDeadlines.ReminderJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        if (await reminders.AutomaticReminderDueAsync(job.Key, ct) is not { } reminder)
        {
            return JobResult.Done;
        }

        if (!reminder.IsEmpty && !await messenger.SendReminderAsync(ledger, reminder, AutomaticKey, lookup.TimeZone, ct))
        {
            // A run that stopped mid-send still holds a claim: look again once it has expired (then it is sent again).
            return JobResult.RunAgainAt(clock.GetUtcNow() + jobs.Value.LeaseDuration);
        }

        await reminders.MarkAutomaticReminderSentAsync(job.Key, ct);
        return JobResult.Done;
    }
}
