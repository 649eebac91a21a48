using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;
using CoopBot.Protocol.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Tests.Connector;

public sealed class ConnectorPacerTests : IDisposable
{
    // Only a bound for a broken pacer; a released waiter completes in microseconds.
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(5);
    private readonly ManualTimeProvider _clock = new();
    private readonly ConnectorPacer _pacer;

    public ConnectorPacerTests()
    {
        _pacer = new ConnectorPacer(Options.Create(new ConnectorClientOptions { PerConversationPerSecond = 2, GlobalPerSecond = 5 }), _clock);
    }

    [Fact]
    public async Task WaitAsync_OverConversationLimit_WaitsForNextWindow()
    {
        Assert.True(Wait("a:1").IsCompletedSuccessfully);
        Assert.True(Wait("a:1").IsCompletedSuccessfully);

        var third = Wait("a:1");

        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await third.WaitAsync(TestTimeout);
    }

    [Fact]
    public void WaitAsync_ThreadsOfOneChannel_ShareTheChannelsBudget()
    {
        Assert.True(Wait("19:chan@thread.tacv2;messageid=1").IsCompletedSuccessfully);
        Assert.True(Wait("19:chan@thread.tacv2;messageid=2").IsCompletedSuccessfully);

        Assert.False(Wait("19:chan@thread.tacv2").IsCompleted);
        Assert.True(Wait("a:other").IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_OverGlobalLimit_WaitsEvenForFreshConversations()
    {
        for (var conversation = 0; conversation < 5; conversation++)
        {
            Assert.True(Wait($"a:{conversation}").IsCompletedSuccessfully);
        }

        var sixth = Wait(null);

        Assert.False(sixth.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await sixth.WaitAsync(TestTimeout);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StopsWaiting()
    {
        await _pacer.WaitAsync("a:1", default);
        await _pacer.WaitAsync("a:1", default);
        using var cancellation = new CancellationTokenSource();

        var waiting = _pacer.WaitAsync("a:1", cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Windows_ConversationIdleForAWholeWindow_IsForgotten()
    {
        await Wait("a:1");

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _pacer.TrackedConversations);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, _pacer.TrackedConversations);
    }

    [Theory]
    [InlineData("19:chan@thread.tacv2;messageid=42", "19:chan@thread.tacv2")]
    [InlineData("19:chan@thread.tacv2", "19:chan@thread.tacv2")]
    [InlineData("a:1xyz", "a:1xyz")]
    public void ConversationKey_ThreadIds_MapToTheirChannel(string conversationId, string expected)
    {
        Assert.Equal(expected, ConnectorPacer.ConversationKey(conversationId));
    }

    [Fact]
    public async Task SendToConversationAsync_OverConversationLimit_ThirdSendWaitsForClock()
    {
        await using var server = await FakeConnectorServer.StartAsync();
        await using var host = new ConnectorHost(_clock, settings: new Dictionary<string, string?> { ["Connector:PerConversationPerSecond"] = "2" });
        var client = host.TrustAndCreate(server.BaseUri.ToString());

        var sends = Enumerable.Range(1, 3)
            .Select(n => client.SendToConversationAsync($"19:chan@thread.tacv2;messageid={n}", Activity.CreateMessageActivity("x"), default))
            .ToList();
        await server.WaitForRequestsAsync(2);
        await Task.WhenAll(sends.Take(2));

        Assert.False(sends[2].IsCompleted);
        Assert.Equal(2, server.Requests.Count);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await sends[2];
        Assert.Equal(3, server.Requests.Count);
    }

    private Task Wait(string? conversationId) => _pacer.WaitAsync(conversationId, default).AsTask();

    public void Dispose() => _pacer.Dispose();
}
