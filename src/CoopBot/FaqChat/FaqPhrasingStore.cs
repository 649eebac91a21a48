using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Azure;
using CoopBot.Faq.Text;
using CoopBot.Faq;
using CoopBot.Storage;

namespace CoopBot.FaqChat;

/// <summary>A phrasing added to a knowledge-base entry after release: by the community manager's ticket button or the CLI.</summary>
internal sealed record StoredPhrasing(string EntryId, string Text, string AddedBy, DateTimeOffset AddedAt, string ActivityKey);

/// <summary>
/// Table <c>FaqPhrasings</c>: one row per phrasing (RowKey = hash of its normalised text, so "Hoe vaak vergadert…?" and
/// "hoe vaak vergadert" are one row), in one partition. The bot's FAQ index and the CLI's <c>faq add-phrasing --opslag</c>
/// use this store; it survives deployments (the shipped knowledge-base file does not change) and is shared by every instance.
/// </summary>
internal sealed class FaqPhrasingStore(ITableClientProvider tables)
{
    public const string TableName = "FaqPhrasings";
    private const string Partition = "phrasing";

    /// <summary>Adds the phrasing; on 409 returns the row that was there (this activity's earlier delivery, or another entry's).</summary>
    public async Task<(bool Added, StoredPhrasing Stored)> AddAsync(StoredPhrasing phrasing, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(Partition, RowKey(phrasing.Text))
                {
                    ["EntryId"] = phrasing.EntryId,
                    ["Text"] = phrasing.Text,
                    ["AddedBy"] = phrasing.AddedBy,
                    ["AddedAt"] = phrasing.AddedAt,
                    ["ActivityKey"] = phrasing.ActivityKey,
                },
                ct);
            return (true, phrasing);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (false, await FindAsync(phrasing.Text, ct) ?? phrasing);
        }
    }

    /// <summary>The stored phrasing with the same normalised text, or null.</summary>
    public async Task<StoredPhrasing?> FindAsync(string text, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var row = await table.GetEntityOrNullAsync(Partition, RowKey(text), cancellationToken: ct);
        return row is null ? null : ToPhrasing(row);
    }

    public async Task<IReadOnlyList<StoredPhrasing>> AllAsync(CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var all = new List<StoredPhrasing>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: ct))
        {
            all.Add(ToPhrasing(row));
        }

        return all.OrderBy(p => p.AddedAt).ToList();
    }

    private static StoredPhrasing ToPhrasing(TableEntity row) => new(
        row.GetString("EntryId") ?? string.Empty,
        row.GetString("Text") ?? string.Empty,
        row.GetString("AddedBy") ?? string.Empty,
        row.GetDateTimeOffset("AddedAt") ?? DateTimeOffset.MinValue,
        row.GetString("ActivityKey") ?? string.Empty);

    private static string RowKey(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DutchNormalizer.Normalize(text))));
}

/// <summary>
/// The FAQ index the bot answers with: the shipped knowledge base plus the stored phrasings. Rebuilt when the phrasings
/// changed; read again at most every <see cref="RefreshInterval"/>, so a phrasing added on another instance is used
/// within that time, and at once on the instance that added it.
/// </summary>
internal sealed class FaqIndexHolder(FaqIndex shipped, FaqPhrasingStore phrasings, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    // Replaced as a whole; two questions that find it stale at once both read the phrasings, which is harmless.
    private volatile Snapshot? _current;

    /// <summary>The shipped knowledge base: entry ids, questions and answers (stored phrasings only add ways to ask).</summary>
    public FaqKnowledgeBase KnowledgeBase => shipped.KnowledgeBase;

    public async Task<FaqIndex> CurrentAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var current = _current;
        if (current is not null && now - current.At < RefreshInterval)
        {
            return current.Index;
        }

        var stored = await phrasings.AllAsync(ct);
        var index = current is not null && current.Count == stored.Count ? current.Index : Build(stored);
        _current = new Snapshot(index, stored.Count, now);
        return index;
    }

    /// <summary>After a phrasing was added on this instance: the next question rebuilds the index.</summary>
    public void Invalidate() => _current = null;

    private FaqIndex Build(IReadOnlyList<StoredPhrasing> stored)
    {
        if (stored.Count == 0)
        {
            return shipped;
        }

        var extra = stored.ToLookup(p => p.EntryId, p => p.Text, StringComparer.Ordinal);
        var entries = shipped.KnowledgeBase.Entries
            .Select(e => extra.Contains(e.Id) ? e with { Phrasings = [.. e.Phrasings, .. extra[e.Id]] } : e)
            .ToList();
        return FaqIndex.Build(new FaqKnowledgeBase(entries), shipped.Options);
    }

    private sealed record Snapshot(FaqIndex Index, int Count, DateTimeOffset At);
}
