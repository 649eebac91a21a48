using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CoopBot.Storage;

/// <summary>Caches one created table client per name; concurrent first calls share one create request.</summary>
internal sealed class TableClientProvider(StorageAccount account, IOptions<StorageOptions> options) : ITableClientProvider
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.OrdinalIgnoreCase);

    public async Task<TableClient> GetTableAsync(string logicalName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(logicalName);
        var name = options.Value.TablePrefix + logicalName;
        var entry = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            _tables.TryRemove(KeyValuePair.Create(name, entry));
            throw;
        }
    }

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = account.CreateTableClient(name);
        // Not the caller's token: other callers may be awaiting this shared creation.
        await client.CreateIfNotExistsAsync(CancellationToken.None);
        return client;
    }
}
