using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Tests.Authentication;

/// <summary>Key rotation, tenant issuers and metadata transport rules.</summary>
[Collection(OpenIdServerGroup.Name)]
public sealed class BotTokenValidatorKeyTests(OpenIdServer openId) : IDisposable
{
    private readonly HttpClient _http = new();

    [Fact]
    public async Task ValidateAsync_UnknownKeyId_RefreshesKeysThenUnauthorized()
    {
        var validator = CreateValidator();
        await validator.ValidateAsync(Bearer(TestTokens.Channel(openId.ChannelKey)), TestTokens.ServiceUrl, "msteams", default);
        var fetchesBefore = openId.ChannelKeySetRequests;
        using var unpublished = new TestSigningKey("never-published");

        var outcome = await validator.ValidateAsync(Bearer(TestTokens.Channel(unpublished)), TestTokens.ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
        Assert.True(openId.ChannelKeySetRequests > fetchesBefore, "an unknown kid must trigger a key refresh");
    }

    [Fact]
    public async Task ValidateAsync_KeyPublishedAfterFirstFetch_PickedUpByRefresh()
    {
        var validator = CreateValidator();
        await validator.ValidateAsync(Bearer(TestTokens.Channel(openId.ChannelKey)), TestTokens.ServiceUrl, "msteams", default);
        using var rotated = new TestSigningKey($"rotated-{Guid.NewGuid():N}");
        openId.PublishChannelKey(rotated, "msteams");

        var outcome = await validator.ValidateAsync(Bearer(TestTokens.Channel(rotated)), TestTokens.ServiceUrl, "msteams", default);

        Assert.True(outcome.IsValid, outcome.Reason);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task ValidateAsync_OwnTenantTokenWithTenantConfigured_Valid(string version)
    {
        var validator = CreateValidator(TestTokens.TenantId);

        var outcome = await validator.ValidateAsync(Bearer(TestTokens.Tenant(openId.EntraKey, version)), "http://localhost:56150/_connector", "msteams", default);

        Assert.Equal(TokenValidationStatus.Valid, outcome.Status);
        Assert.Equal(TestTokens.AppId, outcome.AppId);
    }

    [Fact]
    public async Task ValidateAsync_TenantTokenWithoutTenantConfigured_Unauthorized()
    {
        var outcome = await CreateValidator().ValidateAsync(Bearer(TestTokens.Tenant(openId.EntraKey, "2.0")), TestTokens.ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
    }

    [Fact]
    public async Task ValidateAsync_OtherTenantsIssuer_Unauthorized()
    {
        var token = TestTokens.Tenant(openId.EntraKey, "2.0", tenantId: "11111111-2222-4333-8444-555555555555");

        var outcome = await CreateValidator(TestTokens.TenantId).ValidateAsync(Bearer(token), TestTokens.ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task ValidateAsync_TenantTokenForOtherCallerApp_Forbidden(string version)
    {
        var token = TestTokens.Tenant(openId.EntraKey, version, callerAppId: "22222222-3333-4444-8555-666666666666");

        var outcome = await CreateValidator(TestTokens.TenantId).ValidateAsync(Bearer(token), TestTokens.ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Forbidden, outcome.Status);
    }

    [Fact]
    public async Task ValidateAsync_TenantIssuerSignedWithConnectorKey_Unauthorized()
    {
        var token = TestTokens.Tenant(openId.ChannelKey, "2.0");

        var outcome = await CreateValidator(TestTokens.TenantId).ValidateAsync(Bearer(token), TestTokens.ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
    }

    [Theory]
    [InlineData("http://login.example.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.1.2.3/v1/.well-known/openidconfiguration")]
    public async Task ValidateAsync_PlainHttpMetadataOffLoopback_Unauthorized(string metadataUrl)
    {
        var options = Options(null);
        options.ToBotFromChannelOpenIdMetadataUrl = metadataUrl;
        var validator = new BotTokenValidator(Microsoft.Extensions.Options.Options.Create(options), _http, NullLogger<BotTokenValidator>.Instance);

        var outcome = await validator.ValidateAsync(Bearer(TestTokens.Channel(openId.ChannelKey)), TestTokens.ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
        Assert.Equal("signing keys unavailable", outcome.Reason);
    }

    [Theory]
    [InlineData("http://example.com/keys")]
    [InlineData("http://192.168.1.10/keys")]
    [InlineData("ftp://127.0.0.1/keys")]
    public async Task LoopbackHttpDocumentRetriever_PlainHttpOffLoopback_RefusesWithoutRequest(string address)
    {
        var retriever = new LoopbackHttpDocumentRetriever(_http);

        await Assert.ThrowsAsync<InvalidOperationException>(() => retriever.GetDocumentAsync(address, default));
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://LOCALHOST:5000/")]
    public void IsLoopback_LoopbackHosts_True(string url)
    {
        Assert.True(Loopback.IsLoopback(url));
    }

    [Theory]
    [InlineData("http://128.0.0.1/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void IsLoopback_OtherHosts_False(string? url)
    {
        Assert.False(Loopback.IsLoopback(url));
    }

    private BotTokenValidator CreateValidator(string? tenantId = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(tenantId)), _http, NullLogger<BotTokenValidator>.Instance);

    private BotAuthenticationOptions Options(string? tenantId) => new()
    {
        MicrosoftAppId = TestTokens.AppId,
        MicrosoftAppTenantId = tenantId,
        ToBotFromChannelOpenIdMetadataUrl = openId.ChannelMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl = openId.EntraMetadataUrl,
    };

    private static string Bearer(string token) => "Bearer " + token;

    public void Dispose() => _http.Dispose();
}
