using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>
/// Azure.Data.Tables' <see cref="TableClient"/> with the service limits checked before anything is sent
/// (<see cref="TableLimits"/>, <see cref="TableLimitException"/>): the SDK checks none of them and Azurite does
/// not enforce several, so a test against Azurite would otherwise pass what Azure refuses. Features see the
/// SDK's type; <see cref="ITableClientProvider"/> hands out this subclass.
/// </summary>
public sealed class LimitCheckedTableClient : TableClient
{
    /// <summary>A client signed with the account key of <paramref name="connectionString"/>.</summary>
    public LimitCheckedTableClient(string connectionString, string tableName, TableClientOptions options)
        : base(connectionString, tableName, options)
    {
    }

    /// <summary>A client that signs in with <paramref name="credential"/> (Entra ID, e.g. a managed identity).</summary>
    public LimitCheckedTableClient(Uri endpoint, string tableName, TokenCredential credential, TableClientOptions options)
        : base(endpoint, tableName, credential, options)
    {
    }

    /// <inheritdoc />
    public override Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
    {
        Validate(entity);
        return base.AddEntityAsync(entity, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        Validate(entity);
        return base.UpsertEntityAsync(entity, mode, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        Validate(entity);
        return base.UpdateEntityAsync(entity, ifMatch, mode, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        var actions = transactionActions as IReadOnlyList<TableTransactionAction> ?? [.. transactionActions];
        TableLimits.ValidateTransaction(actions);
        return base.SubmitTransactionAsync(actions, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response<T>> GetEntityAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        return base.GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        return base.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        return base.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken);
    }

    private static void ValidateKeys(string partitionKey, string rowKey)
    {
        TableLimits.ValidateKey(partitionKey, TableLimits.PartitionKeyName);
        TableLimits.ValidateKey(rowKey, TableLimits.RowKeyName);
    }

    private static void Validate(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity is TableEntity table)
        {
            TableLimits.ValidateEntity(table);
        }
        else
        {
            ValidateKeys(entity.PartitionKey, entity.RowKey);
        }
    }
}
