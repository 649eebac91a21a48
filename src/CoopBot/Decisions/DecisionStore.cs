using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;
using CoopBot.Common;

namespace CoopBot.Decisions;

/// <summary>Outcome of recording a ballot: newly written, or already written by an earlier delivery of the same activity.</summary>
public enum BallotWrite
{
    Recorded,
    AlreadyRecorded,
}

/// <summary>Table access for decisions. Every multi-row write is one batch inside the poll's partition.</summary>
internal sealed class DecisionStore(ITableClientProvider tables, BallotCommitQueue ballots)
{
    public async Task CreateAsync(PollRecord poll, AuditEvent created, CancellationToken ct)
    {
        var table = await Table(ct);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, DecisionEntities.ToEntity(poll)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(poll.Id, created)),
            ],
            ct);
    }

    public async Task<(PollRecord Poll, ETag ETag)?> GetAsync(string pollId, CancellationToken ct)
    {
        var table = await Table(ct);
        var entity = await table.GetEntityOrNullAsync(pollId, DecisionEntities.PollRowKey, cancellationToken: ct);
        return entity is null ? null : (DecisionEntities.ToPoll(entity), entity.ETag);
    }

    /// <summary>Replaces the poll row if nobody changed it since it was read (ETag), together with its audit event.</summary>
    public async Task<ETag> UpdateAsync(PollRecord poll, ETag ifMatch, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        var etags = (await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, DecisionEntities.ToEntity(poll), ifMatch),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(poll.Id, evt)),
            ],
            ct)).ETags();
        return etags[0];
    }

    /// <summary>
    /// Writes the ballot and its audit event atomically, group-committed with other ballots of the same decision
    /// (<see cref="BallotCommitQueue"/>). A retried activity hits the existing event (409): already done.
    /// </summary>
    public async Task<BallotWrite> CastBallotAsync(PollRecord poll, BallotRecord ballot, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        return await ballots.CommitAsync(table, DecisionEntities.ToEntity(poll, ballot, evt.Key), AuditEventRows.ToEntity(poll.Id, evt), ct);
    }

    public async Task<BallotRecord?> GetBallotAsync(PollRecord poll, string voterId, CancellationToken ct)
    {
        var table = await Table(ct);
        var entity = await table.GetEntityOrNullAsync(poll.Id, voterId, cancellationToken: ct);
        return entity is null ? null : DecisionEntities.ToBallot(entity, poll);
    }

    public async Task<IReadOnlyList<BallotRecord>> GetBallotsAsync(PollRecord poll, CancellationToken ct)
    {
        var ballots = new List<BallotRecord>();
        await foreach (var entity in BallotRowsAsync(poll.Id, ct))
        {
            ballots.Add(DecisionEntities.ToBallot(entity, poll));
        }

        return ballots;
    }

    private async IAsyncEnumerable<TableEntity> BallotRowsAsync(string pollId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pollId} and RowKey lt {DecisionEntities.BallotUpperBound}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            yield return entity;
        }
    }

    public async Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(string pollId, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = AuditEventRows.Filter(pollId);
        var events = new List<AuditEvent>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            events.Add(AuditEventRows.FromEntity(entity));
        }

        return events.OrderBy(e => e.At).ToList();
    }

    /// <summary>Stores a comment with its audit event in one batch; a retried activity finds both written (409).</summary>
    public async Task<bool> AddCommentAsync(string pollId, CommentRecord comment, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, DecisionEntities.ToEntity(pollId, comment)),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(pollId, evt)),
                ],
                ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<CommentRecord>> GetCommentsAsync(string pollId, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pollId} and RowKey ge {DecisionEntities.CommentPrefix} and RowKey lt {DecisionEntities.CommentPrefix + "~"}");
        var comments = new List<CommentRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            comments.Add(DecisionEntities.ToComment(entity));
        }

        return comments.OrderBy(c => c.At).ToList();
    }

    /// <summary>Appends an audit event on its own (e.g. a manual reminder); false when this exact event already exists.</summary>
    public async Task<bool> AppendEventAsync(string pollId, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.AddEntityAsync(AuditEventRows.ToEntity(pollId, evt), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Replaces every ballot that still holds a choice (sealed or not) by a bare participation row. For a counted
    /// anonymous decision the link is already gone with its key; this removes the unreadable leftovers. Idempotent.
    /// </summary>
    public async Task<int> PurgeChoicesAsync(string pollId, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in BallotRowsAsync(pollId, ct))
        {
            if (DecisionEntities.HoldsChoice(entity))
            {
                rows.Add(DecisionEntities.ToParticipation(entity));
            }
        }

        var table = await Table(ct);
        await Parallel.ForEachAsync(
            rows.Chunk(TableLimits.MaxTransactionActions),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (chunk, token) => await table.SubmitTransactionAsync(
                chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), token));
        return rows.Count;
    }

    /// <summary>Stores a consultation proxy with its audit event in one batch; false when the organisation already has one (409).</summary>
    public async Task<bool> AddProxyAsync(ProxyRecord proxy, AuditEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, DecisionEntities.ToEntity(proxy)),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditEventRows.ToEntity(proxy.Registration.ConsultationId, evt)),
                ],
                ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ProxyRecord>> GetProxiesAsync(string pollId, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pollId} and RowKey ge {DecisionEntities.ProxyPrefix} and RowKey lt {DecisionEntities.ProxyPrefix + "~"}");
        var proxies = new List<ProxyRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            proxies.Add(DecisionEntities.ToProxy(entity));
        }

        return proxies;
    }

    private Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(DecisionEntities.TableName, ct);
}
