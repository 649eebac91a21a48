using System.Globalization;
using Azure.Data.Tables;
using CoopBot.Storage;

using CoopBot.Jobs.Contracts;

namespace CoopBot.Jobs;

/// <summary>
/// Jobs live in one partition ordered by due time: RowKey = "{dueTicks:D19}|{type}|{key}", so "RowKey lt now"
/// returns exactly the due jobs, oldest first.
/// </summary>
internal static class JobEntities
{
    public const string TableName = "Jobs";
    public const string Partition = "due";

    public static string RowKey(JobItem job) =>
        $"{job.DueAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{job.Type}|{TableKey.Encode(job.Key)}";

    public static string DueBefore(DateTimeOffset now) => (now.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(JobItem job) => new(Partition, RowKey(job))
    {
        ["Type"] = job.Type,
        ["Key"] = job.Key,
        ["DueAt"] = job.DueAt,
        ["Payload"] = job.Payload,
        ["Attempt"] = job.Attempt,
        ["LeasedUntil"] = DateTimeOffset.UnixEpoch,
        ["LeaseOwner"] = string.Empty,
    };

    public static JobItem ToJob(TableEntity e) => new(
        e.GetString("Type") ?? string.Empty,
        e.GetString("Key") ?? string.Empty,
        e.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
        e.GetString("Payload"),
        e.GetInt32("Attempt") ?? 0);
}
