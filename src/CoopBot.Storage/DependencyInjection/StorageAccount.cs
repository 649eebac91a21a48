using Azure.Core;
using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>
/// Builds the SDK's table clients from <see cref="StorageOptions"/>: an account-key connection string (Azurite by
/// default), or <see cref="StorageOptions.TableServiceUri"/> with the host's <see cref="TokenCredential"/>
/// (a managed identity in production).
/// </summary>
internal sealed class StorageAccount(StorageOptions options, TableClientOptions clientOptions, Func<TokenCredential?> credential)
{
    private readonly Lazy<TokenCredential> _credential = new(() => credential()
        ?? throw new InvalidOperationException(
            "Storage:TableServiceUri is set, but no TokenCredential was given to AddTableStorage or registered in DI."));

    public TableServiceClient CreateServiceClient() => options.TableServiceUri is { } uri
        ? new TableServiceClient(uri, _credential.Value, clientOptions)
        : new TableServiceClient(options.ConnectionString, clientOptions);

    /// <summary>A client for <paramref name="tableName"/> that checks the service limits before sending.</summary>
    public TableClient CreateTableClient(string tableName) => options.TableServiceUri is { } uri
        ? new LimitCheckedTableClient(uri, tableName, _credential.Value, clientOptions)
        : new LimitCheckedTableClient(options.ConnectionString, tableName, clientOptions);
}
