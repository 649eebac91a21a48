using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Jobs.Contracts;

namespace CoopBot.Decisions;

/// <summary>
/// Durable close-and-count: runs after the deadline (or after the chair closed) plus the grace period, stores the
/// result, replaces the decision card by the result card and posts the outcome in the thread, exactly once.
/// </summary>
internal sealed class FinalizePollJob(
    DecisionCounting counting,
    DecisionService decisions,
    ProactiveMessenger messenger,
    DeliveryLedger ledger,
    IEnumerable<IDecisionOutcomeHook> outcomeHooks,
    ILogger<FinalizePollJob> logger) : IJobHandler
{
    public string JobType => DecisionDeadlines.FinalizeJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        var (final, retryAt) = await counting.FinalizeAsync(job.Key, ct);
        if (retryAt is { } when)
        {
            return JobResult.RunAgainAt(when);
        }

        if (final is null)
        {
            return JobResult.Done;
        }

        if (final.AnnouncedAt is null)
        {
            await AnnounceAsync(final, ct);
        }

        // Last, so that a run which stopped earlier repeats it: the link is already gone, this removes the sealed rows.
        await counting.PurgeAnonymousBallotsAsync(final, ct);
        return JobResult.Done;
    }

    private async Task AnnounceAsync(PollRecord final, CancellationToken ct)
    {
        // Hooks first, so the result card already shows what they changed (e.g. "wacht op bevestiging").
        foreach (var hook in outcomeHooks)
        {
            await hook.OnFinalizedAsync(final.ToSummary(), ct);
        }

        var view = await decisions.GetViewAsync(final.Id, new Actor(null, string.Empty, null), ct);
        if (view?.Poll.Card is { } location)
        {
            await messenger.UpdateCardAsync(location, DecisionCards.Result(view), ct);

            // The result card above (an idempotent update) holds the outcome, so a reply cut off by a crash is not repeated.
            await ledger.SendOnceAsync(
                final.Id, $"outcome|{final.Result?.FinalizedAt.UtcTicks}", AfterCrash.Skip, token => messenger.ReplyAsync(location, DecisionCards.OutcomeMessage(view), token), ct);
        }

        await counting.MarkAnnouncedAsync(final, ct);
        if (final.Result is { } result)
        {
            logger.DecisionCounted(final.Id, result.Voters, result.Eligible, result.QuorumMet, result.Outcome);
        }
    }
}
