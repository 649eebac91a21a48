using System.Globalization;
using Azure.Data.Tables;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Storage;

namespace CoopBot.Decisions;

/// <summary>
/// The decision register: its own table, one partition per stuurgroep, RowKey = inverted creation ticks + item id, so
/// "the last N decisions of a stuurgroep" is one partition read of N rows, newest first. Re-recording an item
/// (finalised again after a reopen, a later status) replaces its row.
/// </summary>
internal sealed class DecisionRegister(ITableClientProvider tables)
{
    public const string TableName = "DecisionRegister";

    public async Task RecordAsync(RegisterRow entry, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        await table.UpsertEntityAsync(ToEntity(entry), TableUpdateMode.Replace, ct);
    }

    public async Task<IReadOnlyList<RegisterRow>> LatestAsync(string steeringGroupId, int count, RegisterScope scope, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {steeringGroupId}");
        var entries = new List<RegisterRow>();
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(count, 1000), cancellationToken: ct).AsPages())
        {
            entries.AddRange(page.Values.Select(ToEntry).Where(e => RegisterScopes.Includes(scope, e.Confidential)));
            if (entries.Count >= count)
            {
                break;
            }
        }

        return entries.Take(count).ToList();
    }

    /// <summary>Every entry in the scope, newest first per stuurgroep; all stuurgroepen when none is given.</summary>
    public async Task<IReadOnlyList<RegisterRow>> AllAsync(string? steeringGroupId, RegisterScope scope, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var filter = steeringGroupId is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {steeringGroupId}");
        var entries = new List<RegisterRow>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            var entry = ToEntry(entity);
            if (RegisterScopes.Includes(scope, entry.Confidential))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// One stuurgroep's entries created in [<paramref name="from"/>, <paramref name="to"/>), newest first, streamed page by
    /// page: the creation window is a RowKey range, so a year of one stuurgroep is read without touching other years.
    /// </summary>
    /// <remarks>
    /// <paramref name="narrowing"/> lets the table drop rows that cannot match (kind, amount range) before they are sent;
    /// it is a pre-selection only: the caller still applies its own filter to what it shows.
    /// </remarks>
    public async IAsyncEnumerable<RegisterRow> StreamAsync(
        string steeringGroupId, DateTimeOffset? from, DateTimeOffset? to, int pageSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct,
        RegisterNarrowing? narrowing = null)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        // Inverted ticks: later instants have smaller keys. CreatedAt < to ⇔ key ≥ Inverted(to) + 1; CreatedAt ≥ from ⇔ key < Inverted(from) + 1.
        var upper = from is { } f ? TicksKey(DateTimeOffset.MaxValue.UtcTicks - f.UtcTicks + 1) : "~";
        var lower = to is { } t ? TicksKey(DateTimeOffset.MaxValue.UtcTicks - t.UtcTicks + 1) : string.Empty;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {steeringGroupId} and RowKey ge {lower} and RowKey lt {upper}");
        if (narrowing?.Kind is { } kind)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Kind eq {kind}");
        }

        if (narrowing?.MinAmountCents is { } min)
        {
            filter += " and " + TableClient.CreateQueryFilter($"AmountCents ge {min}");
        }

        if (narrowing?.MaxAmountCents is { } max)
        {
            filter += " and " + TableClient.CreateQueryFilter($"AmountCents le {max}");
        }

        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(pageSize, 1, 1000), cancellationToken: ct))
        {
            yield return ToEntry(entity);
        }
    }

    private static string TicksKey(long invertedTicks) => invertedTicks.ToString("D19", CultureInfo.InvariantCulture);

    private static string RowKey(RegisterRow entry) =>
        $"{TicksKey(DateTimeOffset.MaxValue.UtcTicks - entry.CreatedAt.UtcTicks)}|{entry.ItemId}";

    private static TableEntity ToEntity(RegisterRow entry) => new(entry.SteeringGroupId, RowKey(entry))
    {
        ["ItemId"] = entry.ItemId,
        ["Kind"] = entry.Kind,
        ["Title"] = entry.Title,
        ["CreatedAt"] = entry.CreatedAt,
        ["DecidedAt"] = entry.DecidedAt,
        ["Status"] = entry.Status,
        ["Outcome"] = entry.Outcome,
        ["Voters"] = entry.Voters,
        ["Eligible"] = entry.Eligible,
        ["AmountCents"] = entry.AmountCents,
        ["Anonymous"] = entry.Anonymous,
        ["Confidential"] = entry.Confidential,
        ["OutcomeStatement"] = entry.OutcomeStatement,
        ["Reference"] = entry.Reference,
    };

    private static RegisterRow ToEntry(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("ItemId") ?? string.Empty,
        e.GetString("Kind") ?? string.Empty,
        e.GetString("Title") ?? string.Empty,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("DecidedAt"),
        e.GetString("Status") ?? string.Empty,
        e.GetString("Outcome") ?? string.Empty,
        e.GetInt32("Voters") ?? 0,
        e.GetInt32("Eligible") ?? 0,
        e.GetInt64Widened("AmountCents"),
        e.GetBoolean("Anonymous") ?? false,
        e.GetBoolean("Confidential") ?? false,
        e.GetString("OutcomeStatement"),
        e.GetString("Reference"));
}
