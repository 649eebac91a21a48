using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.Tab;

/// <summary>One administrative change made in the tab: who, when, what, before and after (like a chat action's audit event).</summary>
internal sealed record TabAuditEvent(string Type, string ActorId, string ActorName, DateTimeOffset At, string? Before, string? After);

/// <summary>
/// Append-only audit of Beheer changes (registry import, deelbegroting, seats, FAQ phrasings). One partition per month, newest first; rows are
/// inserted, never updated or deleted.
/// </summary>
internal sealed class TabAuditLog(ITableClientProvider tables)
{
    public const string TableName = "TabAudit";

    public Task AppendAsync(TabAuditEvent evt, CancellationToken ct) => InsertAsync(evt, Guid.NewGuid().ToString("N"), ct);

    /// <summary>
    /// Appends the event once per <paramref name="onceKey"/> (a form's key, letters and digits) and event time: a repeated
    /// request for the same change finds the row there (409) and adds nothing.
    /// </summary>
    public async Task AppendOnceAsync(TabAuditEvent evt, string onceKey, CancellationToken ct)
    {
        try
        {
            await InsertAsync(evt, onceKey, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Audited by the earlier delivery of the same request.
        }
    }

    private async Task InsertAsync(TabAuditEvent evt, string unique, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - evt.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + unique;
        await table.AddEntityAsync(
            new TableEntity(evt.At.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture), rowKey)
            {
                ["Type"] = evt.Type,
                ["ActorId"] = evt.ActorId,
                ["ActorName"] = evt.ActorName,
                ["At"] = evt.At,
                ["Before"] = evt.Before,
                ["After"] = evt.After,
            },
            ct);
    }

    /// <summary>The latest events of the month of <paramref name="at"/>, newest first.</summary>
    public async Task<IReadOnlyList<TabAuditEvent>> LatestAsync(DateTimeOffset at, int count, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var events = new List<TabAuditEvent>();
        var partition = at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: count, cancellationToken: ct))
        {
            events.Add(new TabAuditEvent(e.GetString("Type") ?? string.Empty, e.GetString("ActorId") ?? string.Empty, e.GetString("ActorName") ?? string.Empty,
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.GetString("Before"), e.GetString("After")));
            if (events.Count >= count)
            {
                break;
            }
        }

        return events;
    }
}
