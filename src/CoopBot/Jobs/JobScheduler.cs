using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;

using CoopBot.Jobs.Contracts;

namespace CoopBot.Jobs;

/// <summary>Schedules durable jobs. Scheduling the same job twice is harmless (insert; 409 means already scheduled).</summary>
public sealed class JobScheduler(ITableClientProvider tables) : IJobScheduler
{
    public async Task ScheduleAsync(string type, string key, DateTimeOffset dueAt, string? payload, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(JobEntities.TableName, ct);
        try
        {
            await table.AddEntityAsync(JobEntities.ToEntity(new JobItem(type, key, dueAt, payload, 0)), ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already scheduled by an earlier delivery or another instance.
        }
    }

    /// <summary>How many jobs are due at <paramref name="now"/> and not yet done (parked jobs included).</summary>
    public async Task<int> CountDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(JobEntities.TableName, ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JobEntities.Partition} and RowKey lt {JobEntities.DueBefore(now)}");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
        {
            count++;
        }

        return count;
    }
}
