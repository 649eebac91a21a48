using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CoopBot.Broadcasts.Contracts;
using CoopBot.Common;
using CoopBot.Storage;

namespace CoopBot.Broadcasts;

/// <summary>Starts broadcasts (rows, then one queue message per conversation) and reports their delivery stats.</summary>
internal sealed class BroadcastService(ITableClientProvider tables, BroadcastQueue queue, ProactiveMessenger messenger, TimeProvider clock) : IBroadcastSender
{
    /// <summary>
    /// Idempotent: the header and delivery rows are upserts, and messages are queued only for deliveries not yet done, so a
    /// retried start (after a crash, or a redelivered job) never sends anything twice; duplicate messages are harmless.
    /// </summary>
    public async Task<int> StartAsync(BroadcastRequest request, IReadOnlyList<BroadcastTarget> targets, CancellationToken ct)
    {
        var table = await Table(ct);
        var distinct = targets.DistinctBy(t => t.ConversationId, StringComparer.Ordinal).ToList();
        try
        {
            await table.AddEntityAsync(BroadcastEntities.ToHeader(request, distinct.Count, clock.GetUtcNow()), ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Started before; finish what is left.
        }

        foreach (var chunk in distinct.Chunk(100))
        {
            // Merge keeps Status and Attempts of rows that already progressed; a new row without Status is pending.
            await table.SubmitTransactionAsync(chunk.Select(t =>
            {
                var row = BroadcastEntities.ToDelivery(request.Id, t);
                row.Remove("Status");
                row.Remove("Attempts");
                return new TableTransactionAction(TableTransactionActionType.UpsertMerge, row);
            }), ct);
        }

        await PostStatsCardAsync(request.Id, ct);
        var work = await queue.WorkAsync(ct);
        var queued = 0;
        foreach (var row in await DeliveriesAsync(request.Id, ct))
        {
            if (BroadcastEntities.Status(row) is DeliveryStatus.Pending or DeliveryStatus.Sending)
            {
                await work.SendMessageAsync(JsonSerializer.Serialize(new BroadcastMessage(request.Id, row.RowKey)), cancellationToken: ct);
                queued++;
            }
        }

        return queued;
    }

    public async Task<BroadcastStats?> GetStatsAsync(string broadcastId, CancellationToken ct)
    {
        var header = await (await Table(ct)).GetEntityOrNullAsync(BroadcastEntities.Partition(broadcastId), BroadcastEntities.HeaderRow, cancellationToken: ct);
        if (header is null)
        {
            return null;
        }

        var statuses = (await DeliveriesAsync(broadcastId, ct)).Select(BroadcastEntities.Status).ToList();
        return new BroadcastStats(
            header.GetString("Title") ?? string.Empty,
            statuses.Count(s => s == DeliveryStatus.Sent),
            statuses.Count(s => s == DeliveryStatus.Failed),
            statuses.Count(s => s is DeliveryStatus.Pending or DeliveryStatus.Sending));
    }

    /// <summary>Replaces the chair's stats card with the current counts.</summary>
    public async Task<BroadcastStats?> UpdateStatsCardAsync(string broadcastId, CancellationToken ct)
    {
        var header = await (await Table(ct)).GetEntityOrNullAsync(BroadcastEntities.Partition(broadcastId), BroadcastEntities.HeaderRow, cancellationToken: ct);
        var stats = await GetStatsAsync(broadcastId, ct);
        if (header is not null && stats is not null && BroadcastEntities.StatsCard(header) is { } location)
        {
            await messenger.UpdateCardAsync(location, BroadcastCards.Stats(stats), ct);
        }

        return stats;
    }

    internal async Task<List<TableEntity>> DeliveriesAsync(string broadcastId, CancellationToken ct)
    {
        var prefix = BroadcastEntities.DeliveryPrefix;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {BroadcastEntities.Partition(broadcastId)} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        var rows = new List<TableEntity>();
        await foreach (var row in (await Table(ct)).QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    internal Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(BroadcastEntities.TableName, ct);

    // The stats card is posted once; its location is stored with the header's ETag so a second start does not post again.
    private async Task PostStatsCardAsync(string broadcastId, CancellationToken ct)
    {
        var table = await Table(ct);
        var header = (await table.GetEntityAsync<TableEntity>(BroadcastEntities.Partition(broadcastId), BroadcastEntities.HeaderRow, cancellationToken: ct)).Value;
        if (BroadcastEntities.StatsCard(header) is not null || BroadcastEntities.ReportTo(header) is not { } thread)
        {
            return;
        }

        var stats = await GetStatsAsync(broadcastId, ct);
        var posted = await messenger.ReplyCardAsync(thread, BroadcastCards.Stats(stats!), ct);
        var update = new TableEntity(header.PartitionKey, header.RowKey) { ["StatsCard"] = JsonSerializer.Serialize(posted, JsonSerializerOptions.Web) };
        try
        {
            await table.UpdateEntityAsync(update, header.ETag, TableUpdateMode.Merge, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another start recorded its card first.
        }
    }
}

/// <summary>The queue message: which broadcast, which delivery row.</summary>
internal sealed record BroadcastMessage(string B, string D);
