using System.Collections.Concurrent;
using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.Decisions;

/// <summary>
/// Group commit for ballots. A ballot is written with its audit event in one Table transaction on the decision's
/// partition. While such a write is in flight, ballots for the same decision that arrive meanwhile wait and then go
/// out together in the next transaction (up to 50 ballots, the service's limit of 100 actions). At low load every
/// ballot leaves at once on its own; under a burst the storage account sees a few large transactions instead of many
/// small ones (ADR 0009). Every ballot still commits atomically with its own audit event, and a voter's later ballot
/// never shares a transaction with their earlier one, so the latest choice wins.
/// </summary>
internal sealed class BallotCommitQueue
{
    /// <summary>Two actions per ballot (ballot and audit event); a Table transaction holds at most 100.</summary>
    public const int MaxBallotsPerTransaction = TableLimits.MaxTransactionActions / 2;

    private readonly ConcurrentDictionary<(string Table, string Partition), Partition> _partitions = new();
    private long _transactions;
    private long _ballots;

    /// <summary>Transactions committed and the ballots in them, since start (the benchmark prints the ratio).</summary>
    public (long Transactions, long Ballots) Committed => (Interlocked.Read(ref _transactions), Interlocked.Read(ref _ballots));

    /// <summary>
    /// Writes <paramref name="ballot"/> (upsert) and <paramref name="auditEvent"/> (insert) atomically, possibly in one
    /// transaction with other ballots of the same partition. <see cref="BallotWrite.AlreadyRecorded"/> when the audit
    /// event already exists, i.e. an earlier delivery of the same activity was recorded. When <paramref name="ct"/>
    /// fires before the transaction was sent, the ballot is not sent at all; when it fires during the transaction, the
    /// outcome is unknown to the caller (as for any cancelled request) and the caller reads the ballot back.
    /// </summary>
    public async Task<BallotWrite> CommitAsync(TableClient table, TableEntity ballot, TableEntity auditEvent, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var item = new Pending(ballot, auditEvent, ct);
        while (true)
        {
            var partition = _partitions.GetOrAdd((table.Name, ballot.PartitionKey), _ => new Partition(table));
            bool startFlushing;
            lock (partition)
            {
                if (partition.Retired)
                {
                    continue;
                }

                partition.Queue.Add(item);
                startFlushing = !partition.Flushing;
                partition.Flushing = true;
            }

            if (startFlushing)
            {
                // Not awaited: the flush outlives this call while later ballots join it. It never throws.
                _ = FlushAsync(ballot.PartitionKey, partition);
            }

            break;
        }

        return await item.Done.Task.WaitAsync(ct);
    }

    // Runs while the partition has queued ballots; one transaction at a time per partition.
    private async Task FlushAsync(string partitionKey, Partition partition)
    {
        while (true)
        {
            List<Pending> batch;
            lock (partition)
            {
                partition.Queue.RemoveAll(p => p.Cancellation.IsCancellationRequested && p.Done.TrySetCanceled(p.Cancellation));
                if (partition.Queue.Count == 0)
                {
                    // Retire the empty partition so the dictionary does not grow with every decision ever voted on.
                    partition.Flushing = false;
                    partition.Retired = true;
                    _partitions.TryRemove(new KeyValuePair<(string, string), Partition>((partition.Table.Name, partitionKey), partition));
                    return;
                }

                batch = TakeBatch(partition.Queue);
            }

            await SendAsync(partition.Table, batch);
        }
    }

    // Oldest first; a ballot whose row (same voter) or audit event (same activity) is already in this batch waits for
    // the next one, which keeps each voter's ballots in arrival order.
    private static List<Pending> TakeBatch(List<Pending> queue)
    {
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Pending>(Math.Min(queue.Count, MaxBallotsPerTransaction));
        foreach (var pending in queue)
        {
            if (batch.Count == MaxBallotsPerTransaction)
            {
                break;
            }

            if (!rowKeys.Contains(pending.Ballot.RowKey) && !rowKeys.Contains(pending.AuditEvent.RowKey))
            {
                rowKeys.Add(pending.Ballot.RowKey);
                rowKeys.Add(pending.AuditEvent.RowKey);
                batch.Add(pending);
            }
        }

        queue.RemoveAll(batch.Contains);
        return batch;
    }

    // Never throws: every outcome, including failures, is handed to the waiting callers.
    private async Task SendAsync(TableClient table, List<Pending> batch)
    {
        using var cancel = batch.Count == 1 ? null : CancellationTokenSource.CreateLinkedTokenSource([.. batch.Select(p => p.Cancellation)]);
        var token = cancel?.Token ?? batch[0].Cancellation;
        try
        {
            await table.SubmitTransactionAsync(
                batch.SelectMany(p => new[]
                {
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, p.Ballot),
                    new TableTransactionAction(TableTransactionActionType.Add, p.AuditEvent),
                }),
                token);
            Interlocked.Increment(ref _transactions);
            Interlocked.Add(ref _ballots, batch.Count);
            batch.ForEach(p => p.Done.TrySetResult(BallotWrite.Recorded));
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex is { } index && index % 2 == 1)
        {
            // That ballot's audit event exists: a retried activity whose first delivery was recorded. The rest was
            // rolled back with it and goes again.
            var duplicate = batch[index / 2];
            duplicate.Done.TrySetResult(BallotWrite.AlreadyRecorded);
            batch.Remove(duplicate);
            if (batch.Count > 0)
            {
                await SendAsync(table, batch);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            batch.ForEach(p => p.Done.TrySetCanceled(token));
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One ballot must not fail the others: each goes again on its own and gets its own outcome.
            await Task.WhenAll(batch.Select(p => SendAsync(table, [p])));
        }
        catch (Exception ex)
        {
            batch[0].Done.TrySetException(ex);
        }
    }

    private sealed class Partition(TableClient table)
    {
        public TableClient Table { get; } = table;

        public List<Pending> Queue { get; } = [];

        public bool Flushing { get; set; }

        public bool Retired { get; set; }
    }

    private sealed class Pending(TableEntity ballot, TableEntity auditEvent, CancellationToken cancellation)
    {
        public TableEntity Ballot { get; } = ballot;

        public TableEntity AuditEvent { get; } = auditEvent;

        public CancellationToken Cancellation { get; } = cancellation;

        public TaskCompletionSource<BallotWrite> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
