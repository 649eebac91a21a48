using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Hosting;

/// <summary>Request handling of the adapter in anonymous development mode (no token needed).</summary>
public sealed class BotHttpAdapterTests : IAsyncLifetime
{
    private readonly RecordingTurnHandler _handler = new();
    private AdapterHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await AdapterHost.StartAsync(_handler, "Development", new() { ["MicrosoftAppId"] = "", ["Bot:MaxRequestBytes"] = "4096" });

    [Fact]
    public async Task Process_Get_Returns405()
    {
        using var response = await _host.Client.GetAsync(string.Empty);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", Assert.Single(response.Content.Headers.Allow));
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Process_DeclaredLengthOverLimit_Returns413()
    {
        var activity = TestActivities.Message();
        activity["text"] = new string('x', 5000);

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Process_ChunkedBodyOverLimit_Returns413()
    {
        var activity = TestActivities.Message();
        activity["text"] = new string('x', 5000);
        using var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));

        using var response = await _host.Client.PostAsync(string.Empty, content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task Process_MalformedJson_Returns400(string body)
    {
        using var response = await _host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Process_MissingType_Returns400()
    {
        var activity = TestActivities.Message();
        activity.Remove("type");

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Process_MissingServiceUrl_Returns400()
    {
        var activity = TestActivities.Message();
        activity.Remove("serviceUrl");

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Process_DevelopmentNoAppIdLoopbackServiceUrl_RunsTurnAnonymously()
    {
        using var response = await _host.PostAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_handler.Turns);
        Assert.Null(turn.Identity);
        Assert.Equal("1772439330512", turn.Activity.Id);
        Assert.True(_host.Trust.IsTrusted(TestActivities.PlaygroundServiceUrl));
    }

    [Fact]
    public async Task Process_DevelopmentNoAppIdPublicServiceUrl_Returns401()
    {
        using var response = await _host.PostAsync(TestActivities.Message("https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handler.Turns);
        Assert.False(_host.Trust.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task Process_ProductionNoAppIdLoopbackServiceUrl_Returns401()
    {
        var handler = new RecordingTurnHandler();
        await using var production = await AdapterHost.StartAsync(handler, "Production", new() { ["MicrosoftAppId"] = "" });

        using var response = await production.PostAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(handler.Turns);
    }

    [Theory]
    [InlineData("4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e", HttpStatusCode.OK)]
    [InlineData("4B3C2D1E-0F9A-4B8C-9D7E-6F5A4B3C2D1E", HttpStatusCode.OK)]
    [InlineData("11111111-2222-4333-8444-555555555555", HttpStatusCode.Forbidden)]
    public async Task Process_TenantAllowList_AdmitsOnlyListedTenants(string allowedTenant, HttpStatusCode expected)
    {
        var handler = new RecordingTurnHandler();
        await using var host = await AdapterHost.StartAsync(handler, "Development", new()
        {
            ["MicrosoftAppId"] = "",
            ["Bot:AllowedTenantIds:0"] = allowedTenant,
        });

        using var response = await host.PostAsync(TestActivities.Message());

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, handler.Turns.Count);
    }

    [Fact]
    public async Task Process_TenantAllowListAndNoTenantOnActivity_Returns403()
    {
        await using var host = await AdapterHost.StartAsync(new RecordingTurnHandler(), "Development", new()
        {
            ["MicrosoftAppId"] = "",
            ["Bot:AllowedTenantIds:0"] = TestTokens.TenantId,
        });
        var activity = TestActivities.Message();
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity.Remove("channelData");

        using var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A stream without length, so HttpClient sends the body chunked.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
