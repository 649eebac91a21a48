using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

using CoopBot.Jobs.Contracts;

namespace CoopBot.Jobs;

/// <summary>
/// Runs due jobs on every instance. A job is claimed by an ETag-guarded lease write, so with several instances
/// on one storage account each job runs once; a crashed claimer's lease expires and another instance takes over.
/// Overdue jobs (a deadline missed while the bot was down) run on the first pass after start-up.
/// </summary>
internal sealed class JobWorker(
    ITableClientProvider tables,
    IEnumerable<IJobHandler> handlers,
    IJobParkedNotice parkedNotice,
    TimeProvider clock,
    IOptions<JobOptions> options,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}-{Guid.NewGuid():N}"[..24];
    private readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.JobType, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await RunDueJobsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.JobPassFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over the due jobs; public to tests through the host.</summary>
    internal async Task<int> RunDueJobsAsync(CancellationToken ct)
    {
        var table = await tables.GetTableAsync(JobEntities.TableName, ct);
        var now = clock.GetUtcNow();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JobEntities.Partition} and RowKey lt {JobEntities.DueBefore(now)}");
        var ran = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 100, cancellationToken: ct))
        {
            if ((entity.GetDateTimeOffset("LeasedUntil") ?? DateTimeOffset.MinValue) > now || (entity.GetInt32("Attempt") ?? 0) >= options.Value.MaxAttempts)
            {
                continue;
            }

            if (await TryClaimAsync(table, entity, now, ct) is { } lease)
            {
                await RunClaimedAsync(table, entity, lease, ct);
                ran++;
            }
        }

        return ran;
    }

    private async Task<ETag?> TryClaimAsync(TableClient table, TableEntity entity, DateTimeOffset now, CancellationToken ct)
    {
        var claim = new TableEntity(entity.PartitionKey, entity.RowKey)
        {
            ["LeasedUntil"] = now + options.Value.LeaseDuration,
            ["LeaseOwner"] = _instance,
        };
        try
        {
            return (await table.UpdateEntityAsync(claim, entity.ETag, TableUpdateMode.Merge, ct)).ETagOf();
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null; // another instance claimed or finished it first
        }
    }

    private async Task RunClaimedAsync(TableClient table, TableEntity entity, ETag lease, CancellationToken ct)
    {
        var job = JobEntities.ToJob(entity);
        JobResult result;
        try
        {
            result = _handlers.TryGetValue(job.Type, out var handler)
                ? await handler.RunAsync(job, ct)
                : throw new InvalidOperationException($"No handler for job type '{job.Type}'.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempt = job.Attempt + 1;
            logger.JobFailed(job.Type, job.Key, attempt, ex);
            var retry = new TableEntity(entity.PartitionKey, entity.RowKey)
            {
                ["Attempt"] = attempt,
                ["LeasedUntil"] = clock.GetUtcNow() + Backoff(attempt),
            };
            await IgnoreLostLease(() => table.UpdateEntityAsync(retry, lease, TableUpdateMode.Merge, ct));
            if (attempt >= options.Value.MaxAttempts)
            {
                await ParkAsync(job, ex, ct);
            }

            return;
        }

        if (result is JobResult.RescheduleResult again)
        {
            var scheduler = new JobScheduler(tables);
            await scheduler.ScheduleAsync(job.Type, job.Key, again.When, job.Payload, ct);
        }

        await IgnoreLostLease(() => table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, lease, ct));
    }

    // Attempt n waits RetryDelay x 2^(n-1), at most MaxRetryDelay (defaults: 2 s, 4 s, 8 s ... 5 min).
    private TimeSpan Backoff(int attempt)
    {
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }

    /// <summary>The job stays in the table for inspection (the due query skips it); the community manager is told once.</summary>
    private async Task ParkAsync(JobItem job, Exception error, CancellationToken ct)
    {
        logger.JobParked(job.Type, job.Key, job.Attempt + 1);
        try
        {
            await parkedNotice.NotifyAsync(job, error, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ParkedNoticeFailed(job.Type, job.Key, ex);
        }
    }

    private static async Task IgnoreLostLease(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // The lease expired and another instance took the job over; it owns the outcome now.
        }
    }
}
