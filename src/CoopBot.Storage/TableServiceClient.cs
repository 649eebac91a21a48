using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage;

/// <summary>
/// Account-level Table service client on Azure.Core's <see cref="HttpPipeline"/>, shaped like
/// Azure.Data.Tables' <c>TableServiceClient</c> (which is not available on our package feed).
/// </summary>
public sealed partial class TableServiceClient
{
    /// <summary>OAuth scope for Azure Storage data-plane access (Entra ID).</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    /// <summary>
    /// Creates a client from an Azure Storage connection string with an account key (SharedKeyLite),
    /// including <c>UseDevelopmentStorage=true</c> (Azurite at 127.0.0.1:10002) and an explicit <c>TableEndpoint</c>.
    /// </summary>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
        : this(StorageConnectionString.Parse(connectionString), options)
    {
    }

    /// <summary>Creates a client for <paramref name="endpoint"/> signed with an account key (SharedKeyLite).</summary>
    public TableServiceClient(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options = null)
        : this(endpoint, new SharedKeyLitePolicy(credential ?? throw new ArgumentNullException(nameof(credential))), options)
    {
    }

    /// <summary>
    /// Creates a client that sends <c>Authorization: Bearer</c> tokens for <see cref="StorageScope"/>
    /// (e.g. a managed identity with the Storage Table Data Contributor role). The endpoint must be HTTPS.
    /// </summary>
    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(endpoint, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), StorageScope), options)
    {
    }

    private TableServiceClient(StorageConnectionString connection, TableClientOptions? options)
        : this(connection.Endpoint, new SharedKeyLitePolicy(connection.Credential), options)
    {
    }

    private TableServiceClient(Uri endpoint, HttpPipelinePolicy authorization, TableClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        options ??= new TableClientOptions();
        var pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [new TableHeadersPolicy(options.ServiceVersion), authorization],
            responseClassifier: new ResponseClassifier());
        Transport = new TableTransport(pipeline, StorageConnectionString.WithTrailingSlash(endpoint));
    }

    /// <summary>The Table service endpoint, ending in '/'.</summary>
    public Uri Uri => Transport.Endpoint;

    internal TableTransport Transport { get; }

    /// <summary>Returns a client for <paramref name="tableName"/>; does not create the table.</summary>
    public TableClient GetTableClient(string tableName) => new(Transport, tableName);
}
