using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>
/// Every row (table, keys, ETag) in the tables of one host's prefix, to prove that a refused input wrote nothing.
/// The serviceUrl bookkeeping of a validated activity is left out on purpose (the issue allows that one write).
/// </summary>
public static class StorageSnapshot
{
    public static async Task<SortedDictionary<string, string>> TakeAsync(CoopBotApp app)
    {
        var service = new TableServiceClient(app.StorageConnectionString);
        var prefix = app.TablePrefix;
        var tables = new List<string>();
        await foreach (var table in service.QueryAsync($"TableName ge '{prefix}' and TableName lt '{prefix}~'"))
        {
            if (!table.Name.Equals(prefix + CoopBot.Common.TenantServiceUrls.TableName, StringComparison.OrdinalIgnoreCase))
            {
                tables.Add(table.Name);
            }
        }

        var rows = await Task.WhenAll(tables.Select(async name =>
        {
            var found = new List<KeyValuePair<string, string>>();
            await foreach (var entity in service.GetTableClient(name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                found.Add(new($"{name}|{entity.PartitionKey}|{entity.RowKey}", entity.ETag.ToString()));
            }

            return found;
        }));
        return new SortedDictionary<string, string>(rows.SelectMany(r => r).ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>The rows added, removed or changed between two snapshots, for a readable assertion message.</summary>
    public static IReadOnlyList<string> Changes(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
    [
        .. after.Where(row => !before.TryGetValue(row.Key, out var etag) || etag != row.Value).Select(row => $"written: {row.Key}"),
        .. before.Keys.Where(key => !after.ContainsKey(key)).Select(key => $"deleted: {key}"),
    ];
}
