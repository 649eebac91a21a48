using Azure.Core;
using Azure.Core.Pipeline;

namespace CoopBot.Storage.Queues;

/// <summary>Account-level Queue service client: the endpoint, the credential and the shared pipeline.</summary>
public sealed class QueueServiceClient
{
    /// <summary>The Queue REST version sent; Azurite 3.37 and Azure both accept it.</summary>
    public const string ServiceVersion = "2021-02-12";

    private readonly HttpPipeline _pipeline;

    /// <summary>From an account-key connection string (<c>QueueEndpoint</c>, or derived from the account; Azurite with <c>UseDevelopmentStorage=true</c>).</summary>
    public QueueServiceClient(string connectionString, TableClientOptions? options = null)
    {
        var connection = StorageConnectionString.ParseQueue(connectionString);
        Uri = connection.Endpoint;
        _pipeline = Build(new QueueSharedKeyLitePolicy(connection.Credential), options);
    }

    /// <summary>With Entra ID tokens (role Storage Queue Data Message Processor/Sender); the endpoint must be HTTPS.</summary>
    public QueueServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Uri = StorageConnectionString.WithTrailingSlash(endpoint);
        _pipeline = Build(new BearerTokenAuthenticationPolicy(credential, TableServiceClient.StorageScope), options);
    }

    /// <summary>The service endpoint, ending in '/'.</summary>
    public Uri Uri { get; }

    /// <summary>A client for one queue; nothing is sent until it is used.</summary>
    public QueueClient GetQueueClient(string name) => new(_pipeline, Uri, name);

    private static HttpPipeline Build(HttpPipelinePolicy authorization, TableClientOptions? options) => HttpPipelineBuilder.Build(
        options ?? new TableClientOptions(),
        perCallPolicies: [],
        perRetryPolicies: [new TableHeadersPolicy(ServiceVersion), authorization],
        responseClassifier: new ResponseClassifier());
}
