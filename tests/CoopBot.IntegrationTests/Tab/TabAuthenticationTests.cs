using System.Net;
using System.Net.Http.Headers;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>Issue 17: tab SSO (token → session cookie), the Development sign-in, antiforgery on every form.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabAuthenticationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TabIdentityProvider _entra = null!;
    private CoopBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _entra = await TabIdentityProvider.StartAsync();
        _app = await CoopBotApp.StartAsync(azurite.Server, _entra.Settings(), TabClient.AsLoopbackCaller);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task Session_ValidTeamsToken_SetsAShortLivedPartitionedCookieAndOpensTheOverview()
    {
        using var client = TabClient.For(_app);

        using var response = await PostTokenAsync(client, _entra.Token(DemoUser.Bram.AadObjectId));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-coopbot-tab=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var (status, html) = await client.GetAsync("/tab/overzicht");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Bram Claes", html, StringComparison.Ordinal);
        Assert.Contains("Stuurgroep Basisinfrastructuur Digitale Bibliotheek", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "audience", "api://andere.example.org/" + TabIdentityProvider.ClientId },
        { "issuer", "https://sts.windows.net/" + DemoUser.TenantId + "/" },
        { "tenant", "0badc0de-0000-4000-8000-000000000000" },
        { "signature", string.Empty },
        { "scope", "User.Read" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Session_TokenWithWrongPart_Is401AndStartsNoSession(string wrong, string value)
    {
        using var client = TabClient.For(_app);
        var oid = DemoUser.Bram.AadObjectId;
        var token = wrong switch
        {
            "audience" => _entra.Token(oid, audience: value),
            "issuer" => _entra.Token(oid, issuer: value),
            "tenant" => _entra.Token(oid, tenant: value),
            "signature" => _entra.Token(oid, foreignKey: true),
            _ => _entra.Token(oid, scope: value),
        };

        using var response = await PostTokenAsync(client, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/tab/overzicht")).Status);
    }

    [Fact]
    public async Task Session_NoTokenOrGarbage_Is401()
    {
        using var client = TabClient.For(_app);
        using var none = await client.Http.PostAsync("/tab/sessie", null);
        using var garbage = await PostTokenAsync(client, "abc.def.ghi");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task Session_ValidTokenOfSomeoneNotInTheRegistry_Is403()
    {
        using var client = TabClient.For(_app);
        using var response = await PostTokenAsync(client, _entra.Token("0d0d0d0d-0000-4000-8000-000000000000"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("niet in het register", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_WithoutSession_RedirectToTheTeamsSignIn()
    {
        using var client = TabClient.For(_app);
        using var response = await client.Http.GetAsync("/tab/besluiten");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/tab/aanmelden?terug=%2Ftab%2Fbesluiten", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (status, html) = await client.GetAsync("/tab/aanmelden?terug=%2Ftab%2Fbesluiten");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("/tab/static/teams-js/MicrosoftTeams.min.js", html, StringComparison.Ordinal);
        Assert.Contains("data-terug=\"/tab/besluiten\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOutsideTheTab_FallsBackToTheOverview()
    {
        using var client = TabClient.For(_app);
        var (_, html) = await client.GetAsync("/tab/aanmelden?terug=https%3A%2F%2Fevil.example%2F");
        Assert.Contains("data-terug=\"/tab/overzicht\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsJs_IsServedAsAStaticFile()
    {
        using var client = TabClient.For(_app);
        var (status, script) = await client.GetAsync("/tab/static/teams-js/MicrosoftTeams.min.js");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("getAuthToken", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevSignIn_FormWithoutAntiforgeryToken_IsRefused()
    {
        using var client = TabClient.For(_app);
        _ = await client.AntiforgeryTokenAsync("/tab/dev/aanmelden");

        using var response = await client.Http.PostAsync("/tab/dev/aanmelden", TabClient.Form(("persoon", "user-id-6")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/tab/overzicht")).Status);
    }

    [Fact]
    public async Task DevSignIn_InDevelopmentOnLoopback_SignsInAsTheChosenDemoPerson()
    {
        using var client = TabClient.For(_app);
        await client.SignInAsDemoAsync("user-id-6");
        var (_, html) = await client.GetAsync("/tab/overzicht");
        Assert.Contains("Goedele Verhaegen", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostTokenAsync(TabClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/sessie");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.Http.SendAsync(request);
    }
}
