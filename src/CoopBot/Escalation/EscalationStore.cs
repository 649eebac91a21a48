using Azure;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Escalation;
using CoopBot.Storage;

namespace CoopBot.Escalation;

/// <summary>Table access for escalations. A state change and its audit event are one batch in the poll's partition.</summary>
internal sealed class EscalationStore(ITableClientProvider tables)
{
    /// <summary>Inserts the first state with its events; false when it already exists (a retried delivery).</summary>
    public async Task<bool> CreateAsync(EscalationRecord record, IReadOnlyList<EscalationEvent> events, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, EscalationEntities.ToEntity(record)),
                    .. events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, EscalationEntities.ToEntity(record.PollId, e))),
                ],
                ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<(EscalationRecord Record, ETag ETag)?> GetAsync(string pollId, CancellationToken ct)
    {
        if (!TableKey.IsValid(pollId))
        {
            return null;
        }

        var table = await Table(ct);
        var entity = await table.GetEntityOrNullAsync(pollId, EscalationEntities.StateRowKey, cancellationToken: ct);
        return entity is null ? null : (EscalationEntities.ToRecord(entity), entity.ETag);
    }

    /// <summary>Replaces the state if nobody changed it since it was read, together with its audit event (412/409 surface to the caller).</summary>
    public async Task UpdateAsync(EscalationRecord record, ETag ifMatch, EscalationEvent evt, CancellationToken ct)
    {
        var table = await Table(ct);
        await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, EscalationEntities.ToEntity(record), ifMatch),
                new TableTransactionAction(TableTransactionActionType.Add, EscalationEntities.ToEntity(record.PollId, evt)),
            ],
            ct);
    }

    public async Task<IReadOnlyList<EscalationEvent>> GetHistoryAsync(string pollId, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {pollId} and RowKey ge {EscalationEntities.EventPrefix} and RowKey lt {EscalationEntities.EventPrefix + "~"}");
        var events = new List<EscalationEvent>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            events.Add(EscalationEntities.ToEvent(entity));
        }

        // Events of one activity share a moment; their keys carry the order ("…|1|concept", "…|2|budget-erkend").
        return events.OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every escalation state, optionally of one stuurgroep. A scan over the state rows: a stuurgroep commits a handful of
    /// amounts a year, so this stays small; the budget and its report are read rarely and never on the vote path.
    /// </summary>
    public async Task<IReadOnlyList<EscalationRecord>> ListAsync(string? steeringGroupId, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = steeringGroupId is null
            ? TableClient.CreateQueryFilter($"RowKey eq {EscalationEntities.StateRowKey}")
            : TableClient.CreateQueryFilter($"RowKey eq {EscalationEntities.StateRowKey} and SteeringGroupId eq {steeringGroupId}");
        var records = new List<EscalationRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            records.Add(EscalationEntities.ToRecord(entity));
        }

        return records;
    }

    public async Task AddCardAsync(string pollId, ConfirmingBody body, CardLocation card, CancellationToken ct)
    {
        var table = await Table(ct);
        await table.UpsertEntityAsync(EscalationEntities.ToEntity(pollId, body, card), TableUpdateMode.Replace, ct);
    }

    public async Task<IReadOnlyList<(ConfirmingBody Body, CardLocation Card)>> GetCardsAsync(string pollId, CancellationToken ct)
    {
        var table = await Table(ct);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {pollId} and RowKey ge {EscalationEntities.CardPrefix} and RowKey lt {EscalationEntities.CardPrefix + "~"}");
        var cards = new List<(ConfirmingBody, CardLocation)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            cards.Add(EscalationEntities.ToCard(entity));
        }

        return cards;
    }

    private Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(EscalationEntities.TableName, ct);
}
