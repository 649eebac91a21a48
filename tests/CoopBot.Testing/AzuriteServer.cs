using System.Globalization;

namespace CoopBot.Testing;

/// <summary>
/// A real Azurite (from the repo's <c>node_modules</c>) on free loopback ports with in-memory persistence.
/// Dispose kills the whole process tree.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    /// <summary>The well-known development account name.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known development account key (public, documented by Microsoft).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly int? _tablePort;
    private readonly int? _queuePort;
    private readonly int? _blobPort;
    private NodeProcess? _process;

    private AzuriteServer(int? tablePort, int? queuePort, int? blobPort)
    {
        _tablePort = tablePort;
        _queuePort = queuePort;
        _blobPort = blobPort;
    }

    /// <summary>Table endpoint, path style (<c>http://127.0.0.1:port/devstoreaccount1</c>), or null when not started.</summary>
    public Uri? TableEndpoint => Endpoint(_tablePort);

    /// <summary>Queue endpoint, path style, or null when not started.</summary>
    public Uri? QueueEndpoint => Endpoint(_queuePort);

    /// <summary>Blob endpoint, path style, or null when not started.</summary>
    public Uri? BlobEndpoint => Endpoint(_blobPort);

    /// <summary>Connection string for the development account with an explicit endpoint per started service.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
        + (TableEndpoint is { } t ? $"TableEndpoint={t};" : "")
        + (QueueEndpoint is { } q ? $"QueueEndpoint={q};" : "")
        + (BlobEndpoint is { } b ? $"BlobEndpoint={b};" : "");

    /// <summary>True while the Azurite process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite with the requested services and waits until every port answers HTTP.</summary>
    public static async Task<AzuriteServer> StartAsync(
        bool table = true, bool queue = false, bool blob = false, CancellationToken ct = default)
    {
        if (!table && !queue && !blob)
        {
            throw new ArgumentException("Start at least one Azurite service.", nameof(table));
        }

        // Another process may grab a probed port before Azurite binds it; Azurite then exits early, so retry
        // with fresh ports. A missing Azurite fails the same way each time and surfaces after the last try.
        for (var attempt = 1; ; attempt++)
        {
            var server = new AzuriteServer(table ? FreePort() : null, queue ? FreePort() : null, blob ? FreePort() : null);
            try
            {
                await server.StartAgainAsync(ct);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Stops Azurite (kills the process tree). All in-memory data is lost.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }
    }

    /// <summary>Starts Azurite again on the same ports, e.g. after <see cref="StopAsync"/>; data starts empty.</summary>
    public async Task StartAgainAsync(CancellationToken ct = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        var process = NodeProcess.Start("Azurite", BuildArguments());
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(StartTimeout);
            foreach (var port in new[] { _tablePort, _queuePort, _blobPort }.OfType<int>())
            {
                await process.WaitUntilAnswersAsync(port, timeout.Token);
            }

            _process = process;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(StopAsync());

    private static Uri? Endpoint(int? port) =>
        port is { } p ? new Uri($"http://127.0.0.1:{p.ToString(CultureInfo.InvariantCulture)}/{AccountName}") : null;

    private static int FreePort()
    {
        // Bind to port 0 so the OS picks a free port, then release it for Azurite. The window in between is tiny.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
