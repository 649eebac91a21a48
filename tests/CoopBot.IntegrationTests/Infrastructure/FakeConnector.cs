using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>One outbound call the bot made to the Bot Connector.</summary>
public sealed record ConnectorCall(string Method, string Path, JsonNode? Body)
{
    /// <summary>The Adaptive Card content of the activity, if it carries one.</summary>
    public JsonNode? Card => Body?["attachments"]?[0]?["content"] ?? Body?["activity"]?["attachments"]?[0]?["content"];

    public string? Text => Body?["text"]?.GetValue<string>() ?? Body?["activity"]?["text"]?.GetValue<string>();
}

/// <summary>An error the fake connector answers with instead of accepting a call.</summary>
public sealed record ConnectorFault(int Status, string Code)
{
    public static readonly ConnectorFault CardGone = new(404, "ActivityNotFoundInConversation");

    public static readonly ConnectorFault Unavailable = new(503, "ServiceUnavailable");
}

/// <summary>
/// A Bot Connector stand-in on loopback: the real cloud is unreachable here, so the network edge is faked and every
/// call is recorded. It answers like Teams (201 with ids for sends and new threads, 200 for updates).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<ConnectorCall> _failed = new();
    private WebApplication? _app;
    private int _nextId = 1000;
    private int _throttled;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>
    /// Optional throttling in front of the recorder: return a Retry-After (seconds) to answer 429 instead of accepting
    /// the call. Refused calls are counted in <see cref="Throttled"/>, not recorded in <see cref="Calls"/>.
    /// </summary>
    public Func<string, string, int?>? Throttle { get; set; }

    public int Throttled => _throttled;

    /// <summary>
    /// Optional faults after throttling: return a fault to answer with that error (a deleted card's 404, an outage's 503)
    /// instead of accepting. Failed calls are kept in <see cref="FailedCalls"/>, not in <see cref="Calls"/>.
    /// </summary>
    public Func<ConnectorCall, ConnectorFault?>? Fault { get; set; }

    public IReadOnlyList<ConnectorCall> FailedCalls => [.. _failed];

    /// <summary>
    /// Optional hold: return a task to keep a call in flight (recorded, as Teams would have received it) until the task
    /// ends, e.g. while a test kills the host that made the call.
    /// </summary>
    public Func<ConnectorCall, Task?>? Hold { get; set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        connector._app = builder.Build();
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync();
        var address = connector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    public IEnumerable<ConnectorCall> CallsTo(string method, string pathContains) =>
        Calls.Where(c => c.Method == method && c.Path.Contains(pathContains, StringComparison.Ordinal));

    private async Task HandleAsync(HttpContext context)
    {
        var body = context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body)
            : null;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty);
        if (Throttle?.Invoke(context.Request.Method, path) is { } retryAfter)
        {
            Interlocked.Increment(ref _throttled);
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Respond(context, 429, new { error = new { code = "TooManyRequests", message = "Throttled by the fake connector." } });
            return;
        }

        var call = new ConnectorCall(context.Request.Method, path, body);
        if (Fault?.Invoke(call) is { } fault)
        {
            _failed.Enqueue(call);
            await Respond(context, fault.Status, new { error = new { code = fault.Code, message = "Fault injected by the fake connector." } });
            return;
        }

        _calls.Enqueue(call);
        if (Hold?.Invoke(call) is { } held)
        {
            await held;
        }

        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Method == "POST" && path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            var channel = body?["channelData"]?["channel"]?["id"]?.GetValue<string>() ?? "a:1on1";
            await Respond(context, 201, new { id = $"{channel};messageid={id}", activityId = id });
            return;
        }

        await Respond(context, context.Request.Method == "POST" ? 201 : 200, new { id });
    }

    private static Task Respond(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(body, JsonSerializerOptions.Web);
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
