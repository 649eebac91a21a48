using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace CoopBot.Storage;

/// <summary>
/// Entity operations on one table, shaped like Azure.Data.Tables' <c>TableClient</c>. Keys and entities are
/// checked against the service limits before anything is sent (<see cref="TableLimitException"/>); service
/// failures throw <see cref="TableRequestFailedException"/> or one of its typed subclasses.
/// </summary>
public sealed partial class TableClient
{
    private readonly TableTransport _transport;

    /// <summary>Creates a client from a connection string; see <see cref="TableServiceClient(string, TableClientOptions?)"/>.</summary>
    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(new TableServiceClient(connectionString, options).Transport, tableName)
    {
    }

    internal TableClient(TableTransport transport, string tableName)
    {
        TableAdmin.ValidateName(tableName);
        _transport = transport;
        Name = tableName;
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>Alias of <see cref="TableFilter.Create"/>, as in Azure.Data.Tables.</summary>
    public static string CreateQueryFilter(FormattableString filter) => TableFilter.Create(filter);

    /// <summary>Creates the table; returns true when created and false when it already existed.</summary>
    public Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        TableAdmin.CreateAsync(_transport, Name, cancellationToken);

    /// <summary>Deletes the table; returns false when it did not exist.</summary>
    public Task<bool> DeleteAsync(CancellationToken cancellationToken = default) =>
        TableAdmin.DeleteAsync(_transport, Name, cancellationToken);

    /// <summary>Reads one entity; throws <see cref="TableEntityNotFoundException"/> when it does not exist.</summary>
    public async Task<TableEntity> GetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        (await GetEntityCoreAsync(partitionKey, rowKey, select, throwIfMissing: true, cancellationToken))!;

    /// <summary>Reads one entity, or returns null when it does not exist (a missing table still throws).</summary>
    public Task<TableEntity?> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        GetEntityCoreAsync(partitionKey, rowKey, select, throwIfMissing: false, cancellationToken);

    internal static void ValidatePageSize(int? maxPerPage)
    {
        if (maxPerPage is < 1 or > TableLimits.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage, "A page holds 1 to 1000 entities.");
        }
    }

    private async Task<TableEntity?> GetEntityCoreAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select, bool throwIfMissing, CancellationToken ct)
    {
        ValidateKeys(partitionKey, rowKey);
        using var message = _transport.CreateMessage(RequestMethod.Get, TablePaths.Entity(Name, partitionKey, rowKey));
        AppendSelect(message, select);
        var response = await _transport.SendAsync(message, ct, tolerated: throwIfMissing ? null : 404);
        if (response.Status == 404)
        {
            return ThrowIfTableMissing(response);
        }

        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entity = EntityJsonReader.Read(json.RootElement);
        if (response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }

        return entity;
    }

    private static TableEntity? ThrowIfTableMissing(Response notFound) =>
        TableErrorParser.ParseBody(notFound.Content).Code == TableErrors.TableNotFound
            ? throw TableErrors.FromResponse(notFound)
            : null;

    private static void ValidateKeys(string partitionKey, string rowKey)
    {
        TableLimits.ValidateKey(partitionKey, nameof(partitionKey));
        TableLimits.ValidateKey(rowKey, nameof(rowKey));
    }

    private static void AppendSelect(HttpMessage message, IEnumerable<string>? select)
    {
        var names = select?.ToList();
        if (names is not { Count: > 0 })
        {
            return;
        }

        // Always select the keys so every returned TableEntity is addressable.
        foreach (var key in new[] { TableEntity.RowKeyName, TableEntity.PartitionKeyName })
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                names.Insert(0, key);
            }
        }

        message.Request.Uri.AppendQuery("$select", string.Join(',', names));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
