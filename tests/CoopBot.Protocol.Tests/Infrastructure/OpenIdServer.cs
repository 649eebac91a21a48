using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>
/// Local stand-in for login.botframework.com (<c>/bf</c>) and Entra (<c>/entra</c>): OpenID metadata and key sets,
/// Bot Framework keys carrying <c>endorsements</c>.
/// </summary>
public sealed class OpenIdServer : IAsyncLifetime
{
    public const string ChannelIssuer = "https://api.botframework.com";
    private readonly ConcurrentDictionary<string, Dictionary<string, object>> _channelKeys = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, object>> _entraKeys = new();
    private LocalServer? _server;
    private int _channelKeySetRequests;

    /// <summary>Endorsed for <c>msteams</c>.</summary>
    public TestSigningKey ChannelKey { get; } = new("channel-key");

    /// <summary>Published without an endorsements entry.</summary>
    public TestSigningKey UnendorsedKey { get; } = new("unendorsed-key");

    /// <summary>Endorsed for <c>webchat</c> only.</summary>
    public TestSigningKey WebChatKey { get; } = new("webchat-key");

    /// <summary>Published in the Entra key set.</summary>
    public TestSigningKey EntraKey { get; } = new("entra-key");

    public string ChannelMetadataUrl => $"{_server!.BaseUri}bf/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"{_server!.BaseUri}entra/v2.0/.well-known/openid-configuration";

    public int ChannelKeySetRequests => Volatile.Read(ref _channelKeySetRequests);

    public void PublishChannelKey(TestSigningKey key, params string[]? endorsements) =>
        _channelKeys[key.KeyId] = key.ToJwk(endorsements);

    public async Task InitializeAsync()
    {
        PublishChannelKey(ChannelKey, "msteams", "skype");
        PublishChannelKey(UnendorsedKey, null);
        PublishChannelKey(WebChatKey, "webchat");
        _entraKeys[EntraKey.KeyId] = EntraKey.ToJwk(null);
        _server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/bf/.well-known/openidconfiguration", () => Metadata(ChannelIssuer, "bf/keys"));
            app.MapGet("/bf/keys", () =>
            {
                Interlocked.Increment(ref _channelKeySetRequests);
                return Results.Json(new { keys = _channelKeys.Values.ToArray() });
            });
            app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "entra/keys"));
            app.MapGet("/entra/keys", () => Results.Json(new { keys = _entraKeys.Values.ToArray() }));
        });
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        foreach (var key in new[] { ChannelKey, UnendorsedKey, WebChatKey, EntraKey })
        {
            key.Dispose();
        }
    }

    private IResult Metadata(string issuer, string keysPath) => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = $"{_server!.BaseUri}{keysPath}",
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });
}
