using Azure.Data.Tables;
using Azure;
using CoopBot.Storage;

namespace CoopBot.FaqChat;

/// <summary>Outcome of an ETag-guarded ticket write.</summary>
internal enum TicketWrite
{
    Written,
    Conflict,
}

/// <summary>Table access for tickets. A state change and its audit event are one batch inside the ticket's partition.</summary>
internal sealed class TicketStore(ITableClientProvider tables)
{
    /// <summary>Inserts the ticket and its "created" event; false when an earlier delivery of the same activity already did.</summary>
    public async Task<bool> CreateAsync(TicketRecord ticket, TableEntity created, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, TicketEntities.ToEntity(ticket)),
                    new TableTransactionAction(TableTransactionActionType.Add, created),
                ],
                ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<(TicketRecord Ticket, ETag ETag)?> GetAsync(string ticketId, CancellationToken ct)
    {
        if (!TableKey.IsValid(ticketId))
        {
            return null;
        }

        var table = await Table(ct);
        var entity = await table.GetEntityOrNullAsync(ticketId, TicketEntities.TicketRowKey, cancellationToken: ct);
        return entity is null ? null : (TicketEntities.ToTicket(entity), entity.ETag);
    }

    /// <summary>Replaces the ticket if nobody changed it since it was read, with its audit event (if any).</summary>
    public async Task<TicketWrite> UpdateAsync(TicketRecord ticket, ETag ifMatch, TableEntity? evt, CancellationToken ct)
    {
        var table = await Table(ct);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, TicketEntities.ToEntity(ticket), ifMatch) };
        if (evt is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, evt));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, ct);
            return TicketWrite.Written;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
        {
            // 412: someone else changed the ticket first. 409: this activity's event exists, so it was already applied.
            return TicketWrite.Conflict;
        }
    }

    /// <summary>Every ticket (one row per ticket partition): the tab's ticket queue and "my tickets".</summary>
    public async Task<IReadOnlyList<TicketRecord>> ListAsync(CancellationToken ct)
    {
        var table = await Table(ct);
        var tickets = new List<TicketRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {TicketEntities.TicketRowKey}"), cancellationToken: ct))
        {
            tickets.Add(TicketEntities.ToTicket(entity));
        }

        return tickets.OrderByDescending(t => t.CreatedAt).ToList();
    }

    private Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(TicketEntities.TableName, ct);
}
