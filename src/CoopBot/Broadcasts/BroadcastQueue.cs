using CoopBot.Storage;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CoopBot.Broadcasts;

/// <summary>The broadcast queue and its poison queue, created once per process on first use.</summary>
internal sealed class BroadcastQueue(IOptions<BroadcastOptions> options, IOptions<StorageOptions> storage, IServiceProvider services) : IDisposable
{
    private readonly Lazy<QueueServiceClient> _service = new(() => CreateService(options.Value, storage.Value, services));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (QueueClient Work, QueueClient Poison)? _queues;

    public async Task<QueueClient> WorkAsync(CancellationToken ct) => (await QueuesAsync(ct)).Work;

    public async Task<QueueClient> PoisonAsync(CancellationToken ct) => (await QueuesAsync(ct)).Poison;

    /// <summary>Queue names allow only lowercase letters, digits and hyphens, so the table prefix is lowercased.</summary>
    public string Name => (storage.Value.TablePrefix + options.Value.QueueName).ToLowerInvariant();

    private async Task<(QueueClient Work, QueueClient Poison)> QueuesAsync(CancellationToken ct)
    {
        if (_queues is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_queues is null)
            {
                var work = _service.Value.GetQueueClient(Name);
                var poison = _service.Value.GetQueueClient(Name + "-poison");
                await work.CreateIfNotExistsAsync(cancellationToken: ct);
                await poison.CreateIfNotExistsAsync(cancellationToken: ct);
                _queues = (work, poison);
            }

            return _queues.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // Base64, as the previous client wrote: any JSON survives the XML envelope, and queued messages stay readable.
    private static QueueServiceClient CreateService(BroadcastOptions options, StorageOptions storage, IServiceProvider services) =>
        options.QueueServiceUri.Length > 0
            ? new QueueServiceClient(new Uri(options.QueueServiceUri), Hosting.StorageCredential.Create(services), ClientOptions())
            : new QueueServiceClient(storage.ConnectionString, ClientOptions());

    private static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
