using Azure.Data.Tables;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

internal sealed partial class DecisionService
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
            await RecordInRegisterAsync(poll, ct);
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
        var final = await MutateAsync(pollId, AuditEventTypes.Finalized, "bot", $"finalize|{closedAt}", current =>
        {
            var closedState = current.State.Status == PollStatus.Closed ? current.State : PollLifecycle.Close(current.State, now).Value!;
            // A concurrent finaliser may have stored its result (and deleted the key) first: keep that one.
            return Result<PollRecord>.Success(current with { State = closedState, Result = current.Result ?? result, BallotKey = null });
        }, ct);
        if (final is not null)
        {
            await RecordInRegisterAsync(final, ct);
        }

        return (final, null);
    }

    /// <summary>
    /// Tidying after an anonymous decision was counted: its sealed ballots, unreadable since the key was deleted,
    /// become bare participation rows. Idempotent; a no-op for other decisions. Returns the rows rewritten.
    /// </summary>
    public Task<int> PurgeAnonymousBallotsAsync(PollRecord final, CancellationToken ct) =>
        final.Definition.Settings.Anonymous && final.Result is not null ? store.PurgeChoicesAsync(final.Id, ct) : Task.FromResult(0);

    /// <summary>Records a counted decision in the register again, e.g. after its escalation status changed.</summary>
    public async Task UpdateRegisterAsync(string pollId, CancellationToken ct)
    {
        if (await GetPollAsync(pollId, cached: false, ct) is { Result: not null } poll)
        {
            await RecordInRegisterAsync(poll, ct);
        }
    }

    private async Task RecordInRegisterAsync(PollRecord poll, CancellationToken ct)
    {
        var result = poll.Result!;
        string? status = null;
        foreach (var source in statusSources)
        {
            status ??= await source.GetRegisterStatusAsync(poll, ct);
        }

        var entry = new RegisterEntry(
            poll.SteeringGroupId,
            poll.Id,
            poll.Definition.Kind.DisplayName,
            poll.Definition.Title,
            poll.CreatedAt,
            poll.State.ClosedAt ?? poll.State.ClosesAt,
            status ?? DecisionTexts.RegisterStatusDecided,
            DecisionTexts.OutcomeSummary(poll.Definition, result.ToTally()),
            result.Voters,
            result.Eligible,
            poll.Definition.Amount?.Cents,
            poll.Definition.Settings.Anonymous,
            poll.Confidential,
            poll.OutcomeStatement);
        await register.RecordAsync(entry, ct);
    }

    /// <summary>Marks the outcome as announced so a re-run of the job does not post it twice.</summary>
    public Task<PollRecord?> MarkAnnouncedAsync(PollRecord final, CancellationToken ct) =>
        MutateAsync(final.Id, "announced", "bot", $"announce|{final.Result?.FinalizedAt.UtcTicks}", poll => Result<PollRecord>.Success(poll with { AnnouncedAt = clock.GetUtcNow() }), ct);

    /// <summary>Read-modify-write of the poll row under its ETag, retried when another writer got there first.</summary>
    private async Task<PollRecord?> MutateAsync(
        string pollId, string eventType, string actor, string eventKey, Func<PollRecord, Result<PollRecord>> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            if (await store.GetAsync(pollId, ct) is not { } found)
            {
                return null;
            }

            var (poll, etag) = found;
            var next = change(poll);
            if (!next.IsSuccess)
            {
                return null;
            }

            var evt = new AuditEvent(
                $"{eventType}|{eventKey}", eventType, actor, clock.GetUtcNow(), Describe(poll), Describe(next.Value));
            try
            {
                await store.UpdateAsync(next.Value, etag, evt, ct);
                _polls[pollId] = (next.Value, clock.GetUtcNow());
                return next.Value;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 412)
            {
                // Someone else changed the poll since we read it: read again and re-apply the rule.
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // The audit event exists: this exact change was already applied by an earlier delivery.
                return (await store.GetAsync(pollId, ct))?.Poll;
            }
        }

        throw new InvalidOperationException($"Poll {pollId} kept changing during '{eventType}'.");
    }

    private static string Describe(PollRecord poll) =>
        $"{poll.State.Status} tot {DecisionEntities.FormatInvariant(poll.State.ClosesAt)}";
}
