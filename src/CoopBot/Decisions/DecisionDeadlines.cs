using CoopBot.Domain.Decisions;
using CoopBot.Jobs.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>The durable jobs at a decision's deadline: close-and-count, and the one automatic reminder a day before.</summary>
internal sealed class DecisionDeadlines(IJobScheduler jobs, IOptions<DecisionsOptions> options)
{
    public const string FinalizeJobType = "decisions.finalize";
    public const string ReminderJobType = "decisions.remind";

    /// <summary>Both jobs for the poll's current deadline (a job per poll id, so a new deadline replaces the old one).</summary>
    public async Task ScheduleAsync(PollRecord poll, CancellationToken ct)
    {
        await jobs.ScheduleAsync(FinalizeJobType, poll.Id, poll.State.ClosesAt + options.Value.CloseGracePeriod, poll.Id, ct);
        if (poll.AutoReminderSentAt is null && ReminderRules.AutomaticReminderAt(poll.CreatedAt, poll.State.ClosesAt) is { } remindAt)
        {
            await jobs.ScheduleAsync(ReminderJobType, poll.Id, remindAt, poll.Id, ct);
        }
    }

    /// <summary>The count after a close by the chair at <paramref name="closedAt"/>, once the grace period has passed.</summary>
    public Task ScheduleCountAsync(string pollId, DateTimeOffset closedAt, CancellationToken ct) =>
        jobs.ScheduleAsync(FinalizeJobType, pollId, closedAt + options.Value.CloseGracePeriod, pollId, ct);
}
