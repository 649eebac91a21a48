using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Protocol;

/// <summary>Issue 2 §2: status codes of POST /api/messages against the real host.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class MessagesEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"geen type\"}", HttpStatusCode.BadRequest)]
    [InlineData("[]", HttpStatusCode.BadRequest)]
    public async Task Post_MalformedActivity_Is400AndSendsNothing(string body, HttpStatusCode expected)
    {
        using var client = _app.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task Get_Is405()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverOneMegabyte_Is413()
    {
        var activity = TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, new string('x', 1_100_000));

        using var response = await _app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownInvokeName_Is501()
    {
        var activity = TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "decisions.vote", new JsonObject());
        activity["name"] = "config/fetch"; // an invoke CoopBot does not handle (composeExtension/query is now routed)

        using var response = await _app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("unknown.verb", "{}")]
    [InlineData("decisions.vote", "[1,2]")]
    public async Task Post_UnknownVerbOrMalformedData_IsDutch400Body(string verb, string data)
    {
        var activity = TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, verb, new JsonObject());
        activity["value"]!["action"]!["data"] = JsonNode.Parse(data);

        var body = await _app.InvokeAsync(activity);

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains("kaart", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithAppIdAndNoToken_Is401()
    {
        await using var secured = await CoopBotApp.StartAsync(azurite.Server, "Production", new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000c00b07",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = DemoUser.TenantId,
            ["Registry:SeedDemoData"] = "false",
        });

        using var response = await secured.PostActivityAsync(TeamsActivity.ChannelMessage(secured.ServiceUrl, DemoUser.Chair, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(secured.Connector.Calls);
    }

    [Fact]
    public async Task Post_ForgedBearerToken_Is401()
    {
        await using var secured = await CoopBotApp.StartAsync(azurite.Server, "Production", new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000c00b07",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = DemoUser.TenantId,
            ["Registry:SeedDemoData"] = "false",
        });
        using var client = secured.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsActivity.ChannelMessage(secured.ServiceUrl, DemoUser.Chair, "help").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
