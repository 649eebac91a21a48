using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>Hands out table clients by logical name, creating each table once per process.</summary>
public interface ITableClientProvider
{
    /// <summary>
    /// Returns the client for <c>TablePrefix + logicalName</c>, creating the table on first use.
    /// A failed creation is not cached, so the next call tries again.
    /// </summary>
    Task<TableClient> GetTableAsync(string logicalName, CancellationToken cancellationToken = default);
}
