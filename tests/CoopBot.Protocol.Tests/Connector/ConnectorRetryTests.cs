using System.Net;
using System.Net.Sockets;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;

namespace CoopBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private readonly InstantTimeProvider _clock = new();
    private FakeConnectorServer _server = null!;
    private ConnectorHost _host = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _host = new ConnectorHost(_clock, new StaticTokenProvider("test-token"), new Dictionary<string, string?>
        {
            // Long delays cost nothing with the instant clock, and keep a jittered wait from rounding to
            // zero: Task.Delay skips sub-millisecond waits without asking the clock.
            ["Connector:MaxRetries"] = "2",
            ["Connector:MaxRetryDelay"] = "02:00:00",
            ["Connector:BaseRetryDelay"] = "01:00:00",
        });
        _client = _host.TrustAndCreate(_server.BaseUri.ToString());
    }

    [Fact]
    public async Task Send_429WithRetryAfterSeconds_WaitsThatLongAndResendsSameBody()
    {
        _server.Enqueue(429, """{"error":{"code":"TooManyRequests"}}""", ("Retry-After", "3"));

        var response = await Send();

        Assert.Equal("activity-1", response.Id);
        Assert.Equal([TimeSpan.FromSeconds(3)], _clock.Delays);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(_server.Requests[0].Body, _server.Requests[1].Body);
        Assert.All(_server.Requests, request => Assert.Equal("Bearer test-token", request.Authorization));
    }

    [Fact]
    public async Task Send_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var retryAt = _clock.GetUtcNow().AddSeconds(10).ToString("R");
        _server.Enqueue(429, null, ("Retry-After", retryAt));

        await Send();

        var delay = Assert.Single(_clock.Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Send_TransientStatusWithoutRetryAfter_BacksOffWithinExponentialCeiling(int status)
    {
        _server.Enqueue(status);
        _server.Enqueue(status);

        await Send();

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(2, _clock.Delays.Count);
        Assert.InRange(_clock.Delays[0], TimeSpan.Zero, TimeSpan.FromHours(1));
        Assert.InRange(_clock.Delays[1], TimeSpan.Zero, TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task Send_StillFailingAfterMaxRetries_GivesUpWithLastStatus()
    {
        _server.DefaultResponse = new ScriptedResponse(503, """{"error":{"code":"ServiceUnavailable"}}""");

        var exception = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Send_RetryAfterBeyondMaxDelay_ReturnsThrottleWithoutWaiting()
    {
        _server.Enqueue(429, """{"error":{"code":"TooManyRequests"}}""", ("Retry-After", "7201"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Empty(_clock.Delays);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Send_ConnectionRefused_RetriesThenThrowsNetworkError()
    {
        // Bound but not listening: every connection attempt is refused at the TCP level.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var client = _host.TrustAndCreate($"http://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}/");

        await Assert.ThrowsAsync<HttpRequestException>(
            () => client.SendToConversationAsync("a:1", Activity.CreateMessageActivity("x"), default));

        Assert.Equal(2, _clock.Delays.Count);
    }

    [Fact]
    public void Backoff_LateAttempts_NeverExceedMaxRetryDelay()
    {
        var options = new ConnectorClientOptions { BaseRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(5) };

        for (var attempt = 1; attempt <= 40; attempt++)
        {
            Assert.InRange(ConnectorRetryHandler.Backoff(attempt, options), TimeSpan.Zero, TimeSpan.FromSeconds(5));
        }
    }

    private Task<ResourceResponse> Send() =>
        _client.SendToConversationAsync("a:1xyz", Activity.CreateMessageActivity("Stemming geopend"), default);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }
}
