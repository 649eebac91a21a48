using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Registry.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>Counting a closed decision once its grace period passed, tidying an anonymous one, and the announcement mark.</summary>
internal sealed class DecisionCounting(
    DecisionStore store,
    DecisionPolls polls,
    DecisionRegisterRecorder register,
    IVoterEligibility eligibility,
    ConsultationAudience consultation,
    TimeProvider clock,
    IOptions<DecisionsOptions> options)
{
    /// <summary>
    /// Counts a closed poll once the grace period after closing has passed, and stores the result (ETag-guarded).
    /// For an anonymous decision the same write deletes the ballot key, which destroys every voter-choice link
    /// (<see cref="BallotSeal"/>). The outcome then goes into the register. Returns null while the poll is not yet due,
    /// with the moment to try again.
    /// </summary>
    public async Task<(PollRecord? Final, DateTimeOffset? RetryAt)> FinalizeAsync(string pollId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await store.GetAsync(pollId, ct) is not { } found)
        {
            return (null, null);
        }

        var poll = found.Poll;
        if (poll.Result is not null)
        {
            // Finalised before, possibly by a run that stopped before the register write.
            await register.RecordAsync(poll, ct);
            return (poll, null);
        }

        var countFrom = (poll.State.ClosedAt ?? poll.State.ClosesAt) + options.Value.CloseGracePeriod;
        if (!poll.State.IsClosedAt(now) || now < countFrom)
        {
            return (null, poll.State.IsClosedAt(now) ? countFrom : poll.State.ClosesAt + options.Value.CloseGracePeriod);
        }

        // ADR 0003: a ballot counts when its handler found the poll open, which is at the latest the close plus the time
        // another instance's cached poll may still show it open; a ballot that lands later was never acknowledged.
        var cutoff = (poll.State.ClosedAt ?? poll.State.ClosesAt) + options.Value.PollCacheDuration;
        var ballots = (await store.GetBallotsAsync(poll, ct)).Where(b => b.CastAt <= cutoff).ToList();
        var eligible = await EligibleCountAsync(poll, now, ct);
        var tally = Tally.Compute(poll.Definition, ballots.Select(b => b.OptionIds), eligible);
        var result = new StoredResult(tally.Counts, tally.Voters, tally.Eligible, tally.QuorumMet, tally.Outcome, now);
        // Keyed by the close it counts: a reopened and closed-again decision is counted again, a re-run is not.
        var closedAt = (poll.State.ClosedAt ?? poll.State.ClosesAt).UtcTicks;
        var final = await polls.MutateAsync(pollId, AuditEventTypes.Finalized, "bot", $"finalize|{closedAt}", current =>
        {
            var closedState = current.State.Status == PollStatus.Closed ? current.State : PollLifecycle.Close(current.State, now).Value!;
            // A concurrent finaliser may have stored its result (and deleted the key) first: keep that one.
            return Result<PollRecord>.Success(current with { State = closedState, Result = current.Result ?? result, BallotKey = null });
        }, ct);
        if (final is not null)
        {
            await register.RecordAsync(final, ct);
        }

        return (final, null);
    }

    /// <summary>
    /// Tidying after an anonymous decision was counted: its sealed ballots, unreadable since the key was deleted,
    /// become bare participation rows. Idempotent; a no-op for other decisions. Returns the rows rewritten.
    /// </summary>
    public Task<int> PurgeAnonymousBallotsAsync(PollRecord final, CancellationToken ct) =>
        final.Definition.Settings.Anonymous && final.Result is not null ? store.PurgeChoicesAsync(final.Id, ct) : Task.FromResult(0);

    /// <summary>Marks the outcome as announced so a re-run of the job does not post it twice.</summary>
    public Task<PollRecord?> MarkAnnouncedAsync(PollRecord final, CancellationToken ct) =>
        polls.MutateAsync(final.Id, "announced", "bot", $"announce|{final.Result?.FinalizedAt.UtcTicks}", poll => Result<PollRecord>.Success(poll with { AnnouncedAt = clock.GetUtcNow() }), ct);

    /// <summary>How many may vote: the stuurgroep's eligible members, or for a consultation the coöperant organisations.</summary>
    private async Task<int> EligibleCountAsync(PollRecord poll, DateTimeOffset now, CancellationToken ct) =>
        poll.IsConsultation
            ? (await consultation.CooperantsAsync(poll.SteeringGroupId, ct)).Count
            : (await eligibility.GetEligibleVotersAsync(poll.SteeringGroupId, now, ct)).Count;
}
