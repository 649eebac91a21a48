using System.Collections.Concurrent;
using Azure.Data.Tables;
using CoopBot.Domain.Common;
using CoopBot.Storage;
using Microsoft.Extensions.Options;
using CoopBot.Common;

namespace CoopBot.Decisions;

/// <summary>
/// The poll row: a short-lived per-instance cache for the vote path, and the ETag-guarded read-modify-write every change
/// goes through (with its audit event in the same batch).
/// </summary>
internal sealed class DecisionPolls(DecisionStore store, TimeProvider clock, IOptions<DecisionsOptions> options)
{
    private const int MaxConcurrencyRetries = 5;

    // Keeps the vote path at one storage round trip. The poll row is safe to cache for a short time: a vote accepted on
    // a stale "open" still lands before counting starts (DecisionsOptions validates the sum).
    private readonly ConcurrentDictionary<string, (PollRecord Poll, DateTimeOffset At)> _polls = new(StringComparer.Ordinal);

    /// <summary>The poll, from the cache when <paramref name="cached"/> and recent enough; null for an unknown or invalid id.</summary>
    public async Task<PollRecord?> GetAsync(string pollId, bool cached, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (cached && _polls.TryGetValue(pollId, out var hit) && now - hit.At < options.Value.PollCacheDuration)
        {
            return hit.Poll;
        }

        if (!TableKey.IsValid(pollId) || await store.GetAsync(pollId, ct) is not { } found)
        {
            return null;
        }

        _polls[pollId] = (found.Poll, now);
        return found.Poll;
    }

    /// <summary>Read-modify-write of the poll row under its ETag, retried when another writer got there first.</summary>
    public async Task<PollRecord?> MutateAsync(
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
