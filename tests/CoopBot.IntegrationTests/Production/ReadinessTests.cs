using System.Net;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.AspNetCore.Http;

namespace CoopBot.IntegrationTests.Production;

/// <summary>
/// Issue 8: /healthz is liveness (the process answers), /readyz is readiness: storage reachable and, when the bot has
/// an app id, the Bot Framework OpenID metadata fetched at least once.
/// </summary>
public sealed class ReadinessTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Readyz_GoesRedWhenAzuriteStopsAndGreenWhenItComesBack()
    {
        // Its own Azurite: stopping the shared one would break every other test.
        await using var azurite = await AzuriteServer.StartAsync();
        await using var app = await CoopBotApp.StartAsync(azurite);
        using var client = app.CreateClient();
        var ready = await ProbeAsync(client, "/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.StartsWith("Healthy", ready.Checks["storage"], StringComparison.Ordinal);
        Assert.StartsWith("Healthy: not needed", ready.Checks["openid-metadata"], StringComparison.Ordinal);

        await azurite.StopAsync();
        await Eventually.TrueAsync(async () => (await ProbeAsync(client, "/readyz")).Status == HttpStatusCode.ServiceUnavailable, Wait, "/readyz red without storage");
        var red = await ProbeAsync(client, "/readyz");
        Assert.StartsWith("Unhealthy", red.Checks["storage"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ProbeAsync(client, "/healthz")).Status);

        await azurite.StartAgainAsync();
        await Eventually.TrueAsync(async () => (await ProbeAsync(client, "/readyz")).Status == HttpStatusCode.OK, Wait, "/readyz green after Azurite came back");
    }

    [Fact]
    public async Task Readyz_WithAnAppId_IsGreenOnceTheOpenIdMetadataIsFetched()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var metadata = await FakeHttpServer.StartAsync(ServeOpenIdMetadataAsync);
        await using var app = await CoopBotApp.StartAsync(azurite, "Production", SecuredSettings(new Uri(metadata.BaseAddress, "bf/.well-known/openidconfiguration")));
        using var client = app.CreateClient();

        var ready = await ProbeAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy: fetched", ready.Checks["openid-metadata"]);
        Assert.Contains(metadata.Requests, r => r.PathAndQuery.EndsWith("/keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readyz_WithAnAppId_IsRedWhileTheOpenIdMetadataCannotBeFetched()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var app = await CoopBotApp.StartAsync(azurite, "Production", SecuredSettings(new Uri($"http://127.0.0.1:{ClosedPort()}/bf/.well-known/openidconfiguration")));
        using var client = app.CreateClient();

        var ready = await ProbeAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("Unhealthy: not fetched yet", ready.Checks["openid-metadata"]);
        Assert.StartsWith("Healthy", ready.Checks["storage"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ProbeAsync(client, "/healthz")).Status);
    }

    private static Dictionary<string, string?> SecuredSettings(Uri metadataUrl) => new()
    {
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000c00b07",
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppTenantId"] = DemoUser.TenantId,
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl.ToString(),
        ["Registry:SeedDemoData"] = "false",
    };

    private static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks)> ProbeAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var checks = body["checks"]!.AsObject().ToDictionary(c => c.Key, c => c.Value!.GetValue<string>(), StringComparer.Ordinal);
        return (response.StatusCode, checks);
    }

    private static Task ServeOpenIdMetadataAsync(HttpContext http)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}/bf/";
        JsonNode document = http.Request.Path.Value!.EndsWith("/keys", StringComparison.Ordinal)
            ? new JsonObject { ["keys"] = new JsonArray() }
            : new JsonObject { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = baseUrl + "keys", ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") };
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(document.ToJsonString());
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
