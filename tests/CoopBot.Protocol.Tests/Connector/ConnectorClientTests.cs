using System.Net;
using System.Text.Json.Nodes;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ThreadId = "19:a1b2c3@thread.tacv2;messageid=1772439330512";
    private const string EscapedThreadId = "19%3Aa1b2c3%40thread.tacv2%3Bmessageid%3D1772439330512";
    private FakeConnectorServer _server = null!;
    private ConnectorHost _host = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _host = new ConnectorHost(new InstantTimeProvider(), new StaticTokenProvider("test-token"));
        // No trailing slash on purpose: the client must still keep the /emea segment.
        _client = _host.TrustAndCreate($"{_server.BaseUri}emea");
    }

    [Fact]
    public async Task SendToConversationAsync_ChannelThread_PostsActivityToEscapedPath()
    {
        var response = await _client.SendToConversationAsync(ThreadId, Activity.CreateMessageActivity("Hallo"), default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/emea/v3/conversations/{EscapedThreadId}/activities", request.RawTarget);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.Equal("""{"type":"message","text":"Hallo"}""", request.Body);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task ReplyToActivityAsync_Activity_PostsToActivityPathWithReplyToId()
    {
        await _client.ReplyToActivityAsync("a:1xyz", "1772439330512", Activity.CreateMessageActivity("Antwoord"), default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1xyz/activities/1772439330512", request.RawTarget);
        Assert.Equal("1772439330512", JsonNode.Parse(request.Body)!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateActivityAsync_Activity_PutsToActivityPath()
    {
        var update = Activity.CreateMessageActivity("Bijgewerkt");

        await _client.UpdateActivityAsync(ThreadId, "1:1abc", update, default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/emea/v3/conversations/{EscapedThreadId}/activities/1%3A1abc", request.RawTarget);
        Assert.Equal("Bijgewerkt", JsonNode.Parse(request.Body)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteActivityAsync_EmptyAnswer_SendsDeleteWithoutBody()
    {
        _server.Enqueue(200);

        await _client.DeleteActivityAsync("a:1xyz", "1:1abc", default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1xyz/activities/1%3A1abc", request.RawTarget);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelThread_PostsParametersAndReadsIds()
    {
        _server.Enqueue(201, """{"id":"19:chan@thread.tacv2;messageid=77","activityId":"77"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = TestTokens.TenantId,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = "19:chan@thread.tacv2" } },
            Activity = Activity.CreateMessageActivity("Nieuwe beslissing"),
        };

        var created = await _client.CreateConversationAsync(parameters, default);

        var request = Assert.Single(_server.Requests);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("/emea/v3/conversations", request.RawTarget);
        Assert.True(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:chan@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(TestTokens.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Equal("19:chan@thread.tacv2;messageid=77", created.Id);
        Assert.Equal("77", created.ActivityId);
    }

    [Fact]
    public async Task GetConversationPagedMembersAsync_PageRequest_SendsQueryAndReadsTeamsMembers()
    {
        _server.Enqueue(200, """
            {"members":[{"id":"29:1abc","name":"An Peeters","objectId":"6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
              "givenName":"An","surname":"Peeters","email":"an.peeters@cultuurconnect.be",
              "userPrincipalName":"an.peeters@cultuurconnect.be","tenantId":"t-1","userRole":"user"}],
             "continuationToken":"next+page"}
            """);

        var page = await _client.GetConversationPagedMembersAsync("19:team@thread.tacv2", 100, "a+b/c=", default);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/emea/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100&continuationToken=a%2Bb%2Fc%3D", request.RawTarget);
        var member = Assert.Single(page.Members!);
        Assert.Equal("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", member.ObjectId);
        Assert.Equal("an.peeters@cultuurconnect.be", member.UserPrincipalName);
        Assert.Equal("user", member.UserRole);
        Assert.Equal("next+page", page.ContinuationToken);
    }

    [Fact]
    public async Task GetConversationPagedMembersAsync_NoPaging_SendsNoQuery()
    {
        _server.Enqueue(200, """{"members":[]}""");

        await _client.GetConversationPagedMembersAsync("a:1xyz", null, null, default);

        Assert.Equal("/emea/v3/conversations/a%3A1xyz/pagedmembers", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_BlockedBot_ThrowsRecognisableConnectorException()
    {
        _server.Enqueue(
            403,
            """{"error":{"code":"Forbidden","message":"The bot is blocked in this conversation.","subCode":"MessageWritesBlocked"}}""",
            ("X-Correlating-OperationId", "op-123"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.SendToConversationAsync("a:1xyz", Activity.CreateMessageActivity("x"), default));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("Forbidden", exception.ErrorCode);
        Assert.Equal("The bot is blocked in this conversation.", exception.ErrorMessage);
        Assert.Equal("op-123", exception.CorrelationId);
        Assert.True(exception.IsMessageWritesBlocked);
    }

    [Fact]
    public async Task SendToConversationAsync_BadSyntax_ThrowsWithoutRetry()
    {
        _server.Enqueue(400, """{"error":{"code":"BadSyntax","message":"Incorrect conversation creation parameters"}}""");

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.SendToConversationAsync("a:1xyz", Activity.CreateMessageActivity("x"), default));

        Assert.Equal("BadSyntax", exception.ErrorCode);
        Assert.False(exception.IsMessageWritesBlocked);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public void Create_ServiceUrlNeverTrusted_Throws()
    {
        var exception = Assert.Throws<UntrustedServiceUrlException>(() => _host.Factory.Create("https://smba.trafficmanager.net/amer/"));

        Assert.Equal("https://smba.trafficmanager.net/amer/", exception.ServiceUrl);
    }

    [Fact]
    public async Task SendToConversationAsync_AnonymousProvider_SendsNoAuthorizationHeader()
    {
        await using var anonymous = new ConnectorHost(new InstantTimeProvider());
        var client = anonymous.TrustAndCreate(_server.BaseUri.ToString());

        await client.SendToConversationAsync("a:1xyz", Activity.CreateMessageActivity("x"), default);

        Assert.Equal(string.Empty, Assert.Single(_server.Requests).Authorization);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }
}
