using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Tests.Authentication;

[Collection(OpenIdServerGroup.Name)]
public sealed class BotTokenValidatorTests(OpenIdServer openId) : IDisposable
{
    private const string ServiceUrl = TestTokens.ServiceUrl;
    private readonly HttpClient _http = new();

    [Fact]
    public async Task ValidateAsync_ConnectorToken_Valid()
    {
        var outcome = await ValidateAsync(Bearer(TestTokens.Channel(openId.ChannelKey)));

        Assert.Equal(TokenValidationStatus.Valid, outcome.Status);
        Assert.Equal(TestTokens.AppId, outcome.AppId);
        Assert.Equal(ServiceUrl, outcome.Identity!.FindFirst("serviceurl")!.Value);
    }

    [Fact]
    public async Task ValidateAsync_Expired_Unauthorized()
    {
        var token = TestTokens.Channel(openId.ChannelKey, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6));

        Assert.Equal(TokenValidationStatus.Unauthorized, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValid_Unauthorized()
    {
        var token = TestTokens.Channel(openId.ChannelKey, notBefore: DateTime.UtcNow.AddMinutes(6), expires: DateTime.UtcNow.AddHours(1));

        Assert.Equal(TokenValidationStatus.Unauthorized, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinClockSkew_Valid()
    {
        var token = TestTokens.Channel(openId.ChannelKey, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-4));

        Assert.Equal(TokenValidationStatus.Valid, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_NotBeforeWithinClockSkew_Valid()
    {
        var token = TestTokens.Channel(openId.ChannelKey, notBefore: DateTime.UtcNow.AddMinutes(4), expires: DateTime.UtcNow.AddHours(1));

        Assert.Equal(TokenValidationStatus.Valid, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_OtherBotsAudience_Forbidden()
    {
        var token = TestTokens.Channel(openId.ChannelKey, audience: "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b");

        Assert.Equal(TokenValidationStatus.Forbidden, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_WrongIssuer_Unauthorized()
    {
        var token = TestTokens.Channel(openId.ChannelKey, issuer: "https://api.botframework.com.evil.example");

        Assert.Equal(TokenValidationStatus.Unauthorized, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_SignedWithImpostorKeyUnderKnownKid_Unauthorized()
    {
        using var impostor = new TestSigningKey(openId.ChannelKey.KeyId);

        var outcome = await ValidateAsync(Bearer(TestTokens.Channel(impostor)));

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer aaa.bbb.ccc")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task ValidateAsync_MissingOrMalformedToken_Unauthorized(string? header)
    {
        Assert.Equal(TokenValidationStatus.Unauthorized, (await ValidateAsync(header)).Status);
    }

    [Theory]
    [InlineData("bearer ")]
    [InlineData("Basic ")]
    [InlineData("BEARER ")]
    public async Task ValidateAsync_ValidTokenUnderWrongScheme_Unauthorized(string scheme)
    {
        var header = scheme + TestTokens.Channel(openId.ChannelKey);

        Assert.Equal(TokenValidationStatus.Unauthorized, (await ValidateAsync(header)).Status);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimMissing_Forbidden()
    {
        var token = TestTokens.Channel(openId.ChannelKey, serviceUrl: null);

        Assert.Equal(TokenValidationStatus.Forbidden, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlClaimForOtherUrl_Forbidden()
    {
        var token = TestTokens.Channel(openId.ChannelKey, serviceUrl: "https://smba.trafficmanager.net/amer/");

        Assert.Equal(TokenValidationStatus.Forbidden, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_ServiceUrlDiffersInCaseAndTrailingSlash_Valid()
    {
        var token = TestTokens.Channel(openId.ChannelKey, serviceUrl: "https://SMBA.trafficmanager.net/emea");

        Assert.Equal(TokenValidationStatus.Valid, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_KeyWithoutEndorsements_Forbidden()
    {
        var outcome = await ValidateAsync(Bearer(TestTokens.Channel(openId.UnendorsedKey)));

        Assert.Equal(TokenValidationStatus.Forbidden, outcome.Status);
    }

    [Fact]
    public async Task ValidateAsync_KeyEndorsedForOtherChannel_Forbidden()
    {
        var outcome = await ValidateAsync(Bearer(TestTokens.Channel(openId.WebChatKey)));

        Assert.Equal(TokenValidationStatus.Forbidden, outcome.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("MSTEAMS")]
    public async Task ValidateAsync_ChannelIdMissingOrDifferentCase_Forbidden(string? channelId)
    {
        var outcome = await ValidateAsync(Bearer(TestTokens.Channel(openId.ChannelKey)), channelId: channelId);

        Assert.Equal(TokenValidationStatus.Forbidden, outcome.Status);
    }

    [Fact]
    public async Task ValidateAsync_HmacSignedToken_Unauthorized()
    {
        // The Playground's teams-ai dummy token: HS256 with a shared secret.
        const string token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXJ2aWNldXJsIjoiaHR0cDovL2xvY2FsaG9zdDo1NjE1MC9fY29ubmVjdG9yIiwiaWF0IjoxNzAwMDAwMDAwfQ.Zm9v";

        Assert.Equal(TokenValidationStatus.Unauthorized, (await ValidateAsync(Bearer(token))).Status);
    }

    [Fact]
    public async Task ValidateAsync_NoAppIdConfigured_Unauthorized()
    {
        var validator = CreateValidator(options => options.MicrosoftAppId = null);

        var outcome = await validator.ValidateAsync(Bearer(TestTokens.Channel(openId.ChannelKey)), ServiceUrl, "msteams", default);

        Assert.Equal(TokenValidationStatus.Unauthorized, outcome.Status);
    }

    private Task<TokenValidationOutcome> ValidateAsync(string? header, string? channelId = "msteams") =>
        CreateValidator().ValidateAsync(header, ServiceUrl, channelId, default);

    internal BotTokenValidator CreateValidator(Action<BotAuthenticationOptions>? configure = null)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = TestTokens.AppId,
            MicrosoftAppType = MicrosoftAppTypes.SingleTenant,
            ToBotFromChannelOpenIdMetadataUrl = openId.ChannelMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl = openId.EntraMetadataUrl,
        };
        configure?.Invoke(options);
        return new BotTokenValidator(Options.Create(options), _http, NullLogger<BotTokenValidator>.Instance);
    }

    private static string Bearer(string token) => "Bearer " + token;

    public void Dispose() => _http.Dispose();
}
