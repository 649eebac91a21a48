using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopBot.Cli.Decisions;

/// <summary>
/// A Bot Connector stand-in on loopback for the benchmark: Teams is not reachable (nor wanted) while measuring, so
/// thread creation and card updates are answered at once, as Teams would (201 with ids, 200 for updates).
/// </summary>
internal sealed class BenchConnector : IAsyncDisposable
{
    private WebApplication? _app;
    private int _nextId;

    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<BenchConnector> StartAsync()
    {
        var connector = new BenchConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        connector._app = builder.Build();
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return connector;
    }

    private Task HandleAsync(HttpContext context)
    {
        var id = Interlocked.Increment(ref _nextId);
        var path = context.Request.Path.Value ?? string.Empty;
        context.Response.StatusCode = context.Request.Method == "POST" ? 201 : 200;
        return path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? context.Response.WriteAsJsonAsync(new { id = $"19:bench@thread.tacv2;messageid={id}", activityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : context.Response.WriteAsJsonAsync(new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
