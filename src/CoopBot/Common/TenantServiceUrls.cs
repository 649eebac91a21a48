using System.Collections.Concurrent;
using Azure.Data.Tables;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using CoopBot.Storage;

namespace CoopBot.Common;

/// <summary>
/// The serviceUrl last seen on a validated activity, per tenant, so proactive sends (jobs, forwarded cards) reach the
/// same connector: Teams' regional URL in production, <c>http://localhost:56150/_connector</c> in the Agents Playground.
/// Stored in table "ServiceUrls" (one row per tenant) and written only when it changes.
/// </summary>
internal sealed class TenantServiceUrls(ITableClientProvider tables)
{
    public const string TableName = "ServiceUrls";
    private const string Partition = "tenant";

    // Activities without a tenant (a local emulator) share one row.
    private const string NoTenant = "-";

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <summary>Records the serviceUrl of a validated inbound activity. Call only after the adapter validated it.</summary>
    public async Task RecordAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!ServiceUrlTrust.TryNormalize(activity.ServiceUrl, out var serviceUrl))
        {
            return;
        }

        var key = Key(activity.GetTenantId());
        if (_known.TryGetValue(key, out var known) && known == serviceUrl)
        {
            return;
        }

        var table = await tables.GetTableAsync(TableName, ct);
        await table.UpsertEntityAsync(new TableEntity(Partition, key) { ["ServiceUrl"] = serviceUrl }, TableUpdateMode.Replace, ct);
        _known[key] = serviceUrl;
    }

    /// <summary>The last serviceUrl seen for <paramref name="tenantId"/>, or null when no activity of that tenant arrived yet.</summary>
    public async Task<string?> FindAsync(string? tenantId, CancellationToken ct)
    {
        var key = Key(tenantId);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var table = await tables.GetTableAsync(TableName, ct);
        var entity = await table.GetEntityOrNullAsync(Partition, key, cancellationToken: ct);
        if (entity?.GetString("ServiceUrl") is not { Length: > 0 } stored)
        {
            return null;
        }

        _known.TryAdd(key, stored);
        return stored;
    }

    private static string Key(string? tenantId) => string.IsNullOrWhiteSpace(tenantId) ? NoTenant : TableKey.Encode(tenantId.Trim().ToLowerInvariant());
}
