using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoopBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real ASP.NET host with real Azurite storage (own table prefix) and a fake connector at the network edge.
/// Timings are shortened so close-and-count runs in about a second.
/// </summary>
public sealed class CoopBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly TimeProvider? _clock;
    private readonly bool _ownsConnector;
    private Action<IServiceCollection>? _services;

    private CoopBotApp(AzuriteServer azurite, FakeConnector connector, bool ownsConnector, string environment, IDictionary<string, string?>? overrides, TimeProvider? clock)
    {
        Connector = connector;
        StorageConnectionString = azurite.ConnectionString;
        _ownsConnector = ownsConnector;
        Environment = environment;
        _clock = clock;
        TablePrefix = overrides?.TryGetValue("Storage:TablePrefix", out var prefix) == true && prefix is not null ? prefix : TestTables.UniquePrefix();
        _settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Registry:SeedDemoData"] = "true",
            ["Decisions:CloseGracePeriod"] = "00:00:01",
            ["Decisions:VoteWriteTimeout"] = "00:00:00.400",
            ["Decisions:CardUpdateInterval"] = "00:00:00.100",
            ["Decisions:PollCacheDuration"] = "00:00:00.100",
            ["Jobs:PollInterval"] = "00:00:00.100",
            // The broadcast worker needs Azurite's queue service; tests that broadcast turn it on (see Meetings/).
            ["Broadcast:Enabled"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public FakeConnector Connector { get; }

    public string Environment { get; }

    public string TablePrefix { get; }

    public string StorageConnectionString { get; }

    public string ServiceUrl => Connector.ServiceUrl;

    /// <summary>Starts a host; several hosts with the same Storage:TablePrefix act as instances sharing one storage account.</summary>
    public static async Task<CoopBotApp> StartAsync(
        AzuriteServer azurite, string environment = "Development", IDictionary<string, string?>? settings = null, TimeProvider? clock = null, FakeConnector? sharedConnector = null)
    {
        var app = new CoopBotApp(azurite, sharedConnector ?? await FakeConnector.StartAsync(), sharedConnector is null, environment, settings, clock);
        _ = app.Server; // start the host (and seed the demo registry) before the first request
        return app;
    }

    /// <summary>Like <see cref="StartAsync(AzuriteServer, string, IDictionary{string, string?}?, TimeProvider?, FakeConnector?)"/>, with extra services (e.g. a Graph credential).</summary>
    public static async Task<CoopBotApp> StartAsync(AzuriteServer azurite, IDictionary<string, string?> settings, Action<IServiceCollection> services)
    {
        var app = new CoopBotApp(azurite, await FakeConnector.StartAsync(), ownsConnector: true, "Development", settings, clock: null) { _services = services };
        _ = app.Server;
        return app;
    }

    /// <summary>
    /// The same host on real Kestrel at a loopback port, for peers that call the bot over the network
    /// (the Agents Playground). <see cref="KestrelEndpoint"/> is its <c>/api/messages</c> URL.
    /// </summary>
    public static async Task<CoopBotApp> StartOnKestrelAsync(AzuriteServer azurite, IDictionary<string, string?>? settings = null)
    {
        var app = new CoopBotApp(azurite, await FakeConnector.StartAsync(), ownsConnector: true, "Development", settings, clock: null);
        var port = FreePort();
        app.UseKestrel(port);
        app.StartServer();
        app.KestrelEndpoint = new Uri($"http://127.0.0.1:{port}/api/messages");
        return app;
    }

    /// <summary>Set by <see cref="StartOnKestrelAsync"/>.</summary>
    public Uri? KestrelEndpoint { get; private set; }

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity)
    {
        using var client = CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }

    /// <summary>Posts an invoke and returns its parsed body ({statusCode, type, value}).</summary>
    public async Task<JsonNode> InvokeAsync(JsonNode activity)
    {
        using var response = await PostActivityAsync(activity);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsConnector)
        {
            await Connector.DisposeAsync();
        }
    }
}
