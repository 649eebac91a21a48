using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>A real ASP.NET Core app on Kestrel with <c>AddBotConnector</c> and <c>/api/messages</c> mapped to the adapter.</summary>
public sealed class AdapterHost : IAsyncDisposable
{
    private readonly LocalServer _server;

    private AdapterHost(LocalServer server)
    {
        _server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.BaseUri, "api/messages") };
    }

    public HttpClient Client { get; }

    public ServiceUrlTrust Trust => _server.Services.GetRequiredService<ServiceUrlTrust>();

    public static async Task<AdapterHost> StartAsync(ITurnHandler handler, string environment, Dictionary<string, string?> settings)
    {
        var server = await LocalServer.StartAsync(
            app => app.Map("/api/messages", (HttpContext http, IBotHttpAdapter adapter) => adapter.ProcessAsync(http, handler, http.RequestAborted)),
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Services.AddBotConnector(builder.Configuration);
            },
            environment);
        return new AdapterHost(server);
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization = null) =>
        PostAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostAsync(string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }
}
