using Xunit;

namespace CoopBot.Testing;

/// <summary>
/// xunit fixture owning one <see cref="AzuriteServer"/> (table service only by default).
/// Share it per assembly with a collection definition named <see cref="AzuriteShared.Collection"/>.
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    private readonly bool _table;
    private readonly bool _queue;
    private readonly bool _blob;
    private AzuriteServer? _server;

    /// <summary>Table service only.</summary>
    public AzuriteFixture()
        : this(table: true, queue: false, blob: false)
    {
    }

    /// <summary>For derived fixtures that need other services (e.g. queues).</summary>
    protected AzuriteFixture(bool table, bool queue, bool blob)
    {
        _table = table;
        _queue = queue;
        _blob = blob;
    }

    /// <summary>The running server; valid after xunit called <see cref="InitializeAsync"/>.</summary>
    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite fixture not initialized.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync(_table, _queue, _blob);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
