using CoopBot.Jobs.Contracts;

namespace CoopBot.Escalation;

/// <summary>Durable: posts the confirmation requests once the stuurgroep approved (re-runs skip bodies already served).</summary>
internal sealed class ConfirmationRequestJob(EscalationNotifier notifier) : IJobHandler
{
    public string JobType => EscalationService.RequestJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        await notifier.SendRequestsAsync(job.Key, ct);
        return JobResult.Done;
    }
}

/// <summary>Durable: the one reminder and community-manager notice when a confirmation waits longer than the configured days.</summary>
internal sealed class ConfirmationFollowUpJob(EscalationNotifier notifier) : IJobHandler
{
    public string JobType => EscalationService.FollowUpJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct) =>
        await notifier.FollowUpAsync(job.Key, ct) is { } later ? JobResult.RunAgainAt(later) : JobResult.Done;
}
