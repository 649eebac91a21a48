using System.Text.Json.Nodes;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Hosting;

public sealed class TurnContextTests : IAsyncLifetime
{
    private const string PersonalChat = "a%3A1Xy9ZwVuTsRqPoNmLkJiHgFeDcBa8765432109876543210";
    private FakeConnectorServer _server = null!;
    private ConnectorHost _host = null!;
    private TurnContext _turn = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _host = new ConnectorHost(new InstantTimeProvider());
        var activity = ActivityFixtures.Load("adaptive-card-invoke.json");
        activity.ServiceUrl = _server.BaseUri.ToString();
        _turn = new TurnContext(activity, _host.TrustAndCreate(activity.ServiceUrl), identity: null);
    }

    [Fact]
    public async Task SendActivityAsync_Text_AddressedFromBotToUserWithLocale()
    {
        await _turn.SendActivityAsync("Bedankt voor je stem.");

        var request = Assert.Single(_server.Requests);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal($"/v3/conversations/{PersonalChat}/activities", request.RawTarget);
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Equal("28:9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f", body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", body["recipient"]!["aadObjectId"]!.GetValue<string>());
        Assert.Equal("f:7b1d0c22-5e8a-4c1f-a0d3-2b9e6f4a8c17", body["replyToId"]!.GetValue<string>());
        Assert.Equal("nl-BE", body["locale"]!.GetValue<string>());
        Assert.Equal("msteams", body["channelId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateActivityAsync_CardMessage_PutsWithActivityId()
    {
        var update = new Activity { Attachments = [Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard" })] };

        await _turn.UpdateActivityAsync("1772439599123", update);

        var request = Assert.Single(_server.Requests);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{PersonalChat}/activities/1772439599123", request.RawTarget);
        Assert.Equal("1772439599123", body["id"]!.GetValue<string>());
        Assert.Equal(Attachment.AdaptiveCardContentType, body["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteActivityAsync_ActivityId_DeletesInConversation()
    {
        await _turn.DeleteActivityAsync("1772439599123");

        var request = Assert.Single(_server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{PersonalChat}/activities/1772439599123", request.RawTarget);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }
}
