using CoopBot.Registry.Contracts;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CoopBot.Common;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

namespace CoopBot.Broadcasts;

/// <summary>
/// Sends queued broadcast messages on every instance. Pacing (7/s per conversation, 30 rps overall) and 429 Retry-After
/// handling live in the Connector pipeline; this worker adds the exactly-once claim per delivery row, poison handling
/// after <see cref="BroadcastOptions.MaxAttempts"/> receipts, and the coalesced stats-card updates.
/// </summary>
internal sealed class BroadcastWorker(
    BroadcastQueue queue,
    BroadcastService broadcasts,
    ProactiveMessenger proactive,
    TimeProvider clock,
    IOptions<BroadcastOptions> options,
    ILogger<BroadcastWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _statsUpdated = new(StringComparer.Ordinal);

    // Broadcasts this instance saw finish, so "finished" is logged once per instance.
    private readonly ConcurrentDictionary<string, byte> _finished = new(StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            // Two receivers, so a batch waiting on one Retry-After does not stall the next batch.
            ? Task.WhenAll(Enumerable.Range(0, ReceiveLoops).Select(_ => ReceiveLoopAsync(stoppingToken)))
            : Task.CompletedTask;

    private const int ReceiveLoops = 2;

    private async Task ReceiveLoopAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var handled = await RunOnceAsync(stoppingToken);
                failures = 0;
                if (handled == 0)
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.BroadcastPassFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures))), clock, stoppingToken);
            }
        }
    }

    /// <summary>Receives one batch and handles it; returns the number of messages received.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var work = await queue.WorkAsync(ct);
        QueueMessage[] messages = await work.ReceiveMessagesAsync(32, settings.VisibilityTimeout, ct);
        if (messages.Length == 0)
        {
            return 0;
        }

        var touched = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = ct }, async (message, token) =>
        {
            if (await HandleAsync(work, message, token) is { } broadcastId)
            {
                touched.TryAdd(broadcastId, 0);
            }
        });
        foreach (var broadcastId in touched.Keys)
        {
            await ReportAsync(broadcastId, ct);
        }

        return messages.Length;
    }

    private async Task<string?> HandleAsync(QueueClient work, QueueMessage message, CancellationToken ct)
    {
        BroadcastMessage? body;
        try
        {
            body = JsonSerializer.Deserialize<BroadcastMessage>(message.Body.ToString(), JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || !TableKey.IsValid(body.D) || !TableKey.IsValid(BroadcastEntities.Partition(body.B)))
        {
            await work.TryDeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            return null;
        }

        var outcome = await DeliverAsync(body, message, ct);
        if (outcome != Outcome.RetryLater)
        {
            await work.TryDeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        }

        return body.B;
    }

    private async Task<Outcome> DeliverAsync(BroadcastMessage body, QueueMessage message, CancellationToken ct)
    {
        var table = await broadcasts.Table(ct);
        var partition = BroadcastEntities.Partition(body.B);
        var row = await table.GetEntityOrNullAsync(partition, body.D, cancellationToken: ct);
        var header = row is null ? null : await table.GetEntityOrNullAsync(partition, BroadcastEntities.HeaderRow, cancellationToken: ct);
        if (row is null || header is null)
        {
            return Outcome.Done;
        }

        var now = clock.GetUtcNow();
        var status = BroadcastEntities.Status(row);
        if (status is DeliveryStatus.Sent or DeliveryStatus.Failed)
        {
            return Outcome.Done; // a duplicate message: this conversation was already served
        }

        if (status == DeliveryStatus.Sending && (row.GetDateTimeOffset("LeaseUntil") ?? DateTimeOffset.MinValue) > now)
        {
            return Outcome.Done; // another receipt of the same delivery is sending right now and owns it
        }

        if (message.DequeueCount > options.Value.MaxAttempts)
        {
            await (await queue.PoisonAsync(ct)).SendMessageAsync(message.Body.ToString(), cancellationToken: ct);
            await TryWriteAsync(table, row, row.ETag, DeliveryStatus.Failed, ct, ("Error", $"Na {message.DequeueCount - 1} pogingen opgegeven."));
            return Outcome.Done;
        }

        var claimed = await TryWriteAsync(table, row, row.ETag, DeliveryStatus.Sending, ct,
            ("LeaseUntil", now + options.Value.VisibilityTimeout), ("Attempts", (row.GetInt32("Attempts") ?? 0) + 1));
        if (claimed is not { } lease)
        {
            return Outcome.Done;
        }

        return await SendAsync(table, row, header, lease, ct);
    }

    private async Task<Outcome> SendAsync(TableClient table, TableEntity row, TableEntity header, ETag lease, CancellationToken ct)
    {
        var conversationId = row.GetString("ConversationId")!;
        var serviceUrl = await ServiceUrlAsync(row, header, ct);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [Attachment.AdaptiveCard(JsonNode.Parse(header.GetString("Card")!)!)],
        };
        try
        {
            var sent = await proactive.SendAsync(serviceUrl, conversationId, activity, ct);
            await TryWriteAsync(table, row, lease, DeliveryStatus.Sent, ct, ("ActivityId", sent.Id), ("SentAt", clock.GetUtcNow()));
            return Outcome.Done;
        }
        catch (ConnectorException ex) when (IsPermanent(ex.StatusCode))
        {
            // The bot was removed, the conversation is gone or the card was refused: retrying cannot help.
            logger.DeliveryFailed(row.PartitionKey, (int)ex.StatusCode, ex);
            await TryWriteAsync(table, row, lease, DeliveryStatus.Failed, ct, ("Error", ex.ErrorCode ?? ex.StatusCode.ToString()));
            return Outcome.Done;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or UntrustedServiceUrlException)
        {
            logger.DeliveryRetry(row.PartitionKey, ex);
            await TryWriteAsync(table, row, lease, DeliveryStatus.Pending, ct);
            return Outcome.RetryLater;
        }
    }

    /// <summary>The target's own serviceUrl, else the one last seen for its tenant, else the stuurgroep's.</summary>
    private async Task<string> ServiceUrlAsync(TableEntity row, TableEntity header, CancellationToken ct)
    {
        try
        {
            return await proactive.ResolveServiceUrlAsync(new Registry.Contracts.ConversationTarget(row.GetString("ConversationId")!, row.GetString("ServiceUrl"), row.GetString("TenantId")), ct);
        }
        catch (ProactiveTargetException)
        {
            return header.GetString("FallbackServiceUrl")!;
        }
    }

    private static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout);

    /// <summary>ETag-guarded merge of the delivery row; null when someone else changed it first.</summary>
    private static async Task<ETag?> TryWriteAsync(TableClient table, TableEntity row, ETag ifMatch, DeliveryStatus status, CancellationToken ct, params (string Key, object? Value)[] values)
    {
        var update = new TableEntity(row.PartitionKey, row.RowKey) { ["Status"] = status.ToString() };
        foreach (var (key, value) in values)
        {
            update[key] = value;
        }

        try
        {
            return (await table.UpdateEntityAsync(update, ifMatch, TableUpdateMode.Merge, ct)).ETagOf();
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    // Coalesced per instance; the last update of a finished broadcast always goes out so the chair sees the final counts.
    private async Task ReportAsync(string broadcastId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var last = _statsUpdated.GetValueOrDefault(broadcastId, DateTimeOffset.MinValue);
        var stats = now - last >= options.Value.StatsUpdateInterval ? null : await broadcasts.GetStatsAsync(broadcastId, ct);
        if (stats is null || stats.Pending == 0)
        {
            _statsUpdated[broadcastId] = now;
            try
            {
                stats = await broadcasts.UpdateStatsCardAsync(broadcastId, ct);
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                logger.StatsCardFailed(broadcastId, ex);
            }

            if (stats is { Pending: 0 } && _finished.TryAdd(broadcastId, 0))
            {
                logger.BroadcastFinished(broadcastId, stats.Sent, stats.Failed);
            }
        }
    }

    private enum Outcome
    {
        Done,
        RetryLater,
    }
}
