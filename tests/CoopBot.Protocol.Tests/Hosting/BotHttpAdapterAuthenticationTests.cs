using System.Net;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Hosting;

/// <summary>The adapter with a configured app id: real tokens against the local OpenID server.</summary>
[Collection(OpenIdServerGroup.Name)]
public sealed class BotHttpAdapterAuthenticationTests(OpenIdServer openId) : IAsyncLifetime
{
    private readonly RecordingTurnHandler _handler = new();
    private AdapterHost _host = null!;

    public async Task InitializeAsync() => _host = await AdapterHost.StartAsync(_handler, "Production", new()
    {
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppTenantId"] = TestTokens.TenantId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["ToBotFromChannelOpenIdMetadataUrl"] = openId.ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = openId.EntraMetadataUrl,
    });

    [Fact]
    public async Task Process_ValidConnectorToken_RunsTurnWithIdentityAndTrustsServiceUrl()
    {
        var activity = TestActivities.Message(TestTokens.ServiceUrl);

        using var response = await _host.PostAsync(activity, "Bearer " + TestTokens.Channel(openId.ChannelKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_handler.Turns);
        Assert.Equal(TestTokens.ServiceUrl, turn.Identity!.FindFirst("serviceurl")!.Value);
        Assert.True(_host.Trust.IsTrusted(TestTokens.ServiceUrl));
        Assert.Equal(new Uri(TestTokens.ServiceUrl), turn.Connector.BaseUri);
    }

    [Fact]
    public async Task Process_NoToken_Returns401()
    {
        using var response = await _host.PostAsync(TestActivities.Message(TestTokens.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_handler.Turns);
    }

    [Fact]
    public async Task Process_LoopbackServiceUrlWithoutToken_StillReturns401()
    {
        using var response = await _host.PostAsync(TestActivities.Message());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Process_TokenForOtherBot_Returns403WithoutBody()
    {
        var token = TestTokens.Channel(openId.ChannelKey, audience: "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b");

        using var response = await _host.PostAsync(TestActivities.Message(TestTokens.ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(_handler.Turns);
        Assert.False(_host.Trust.IsTrusted(TestTokens.ServiceUrl));
    }

    [Fact]
    public async Task Process_TokenForOtherServiceUrl_Returns403()
    {
        var token = TestTokens.Channel(openId.ChannelKey);

        using var response = await _host.PostAsync(TestActivities.Message("https://evil.example/emea/"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(_host.Trust.IsTrusted("https://evil.example/emea/"));
    }

    [Fact]
    public async Task Process_OwnTenantEntraToken_RunsTurn()
    {
        using var response = await _host.PostAsync(TestActivities.Invoke(), "Bearer " + TestTokens.Tenant(openId.EntraKey, "2.0"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_handler.Turns);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
