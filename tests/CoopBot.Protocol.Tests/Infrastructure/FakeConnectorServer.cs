using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>A fake Bot Connector at the network edge: records every request and answers from a script.</summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private LocalServer? _server;

    public Uri BaseUri => _server!.BaseUri;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Answer used when the script is empty.</summary>
    public ScriptedResponse DefaultResponse { get; set; } = new(200, """{"id":"activity-1"}""");

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var fake = new FakeConnectorServer();
        fake._server = await LocalServer.StartAsync(app => app.Run(fake.HandleAsync));
        return fake;
    }

    public void Enqueue(int status, string? body = null, params (string Name, string Value)[] headers) =>
        _script.Enqueue(new ScriptedResponse(status, body, headers));

    public async Task WaitForRequestsAsync(int count)
    {
        for (var seen = 0; seen < count; seen++)
        {
            if (!await _arrivals.WaitAsync(TimeSpan.FromSeconds(10)))
            {
                throw new TimeoutException($"Only {seen} of {count} requests reached the fake connector.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server!.DisposeAsync();
        _arrivals.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        _requests.Enqueue(new RecordedRequest(context.Request.Method, target, context.Request.Headers.Authorization.ToString(), body));
        var response = _script.TryDequeue(out var scripted) ? scripted : DefaultResponse;
        _arrivals.Release();
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? [])
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }
}

public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body);

public sealed record ScriptedResponse(int Status, string? Body = null, (string Name, string Value)[]? Headers = null);
