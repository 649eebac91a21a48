using CoopBot.Storage.Queues;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Queues;

/// <summary>The thin Queue REST client against Azurite's real queue service (its own process: the shared one serves tables only).</summary>
public sealed class QueueClientTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private QueueClient _queue = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(table: false, queue: true);
        _queue = new QueueServiceClient(_azurite.ConnectionString).GetQueueClient("q" + TestTables.UniquePrefix());
        await _queue.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task CreateIfNotExists_CalledAgain_Succeeds()
    {
        await _queue.CreateIfNotExistsAsync();
    }

    [Fact]
    public async Task SendReceiveDelete_RoundTripsTextAndCountsDequeues()
    {
        const string text = """{"conversation":"19:a@thread.tacv2;messageid=1","naam":"Chloë <&>"}""";
        await _queue.SendMessageAsync(text);

        var first = Assert.Single(await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1)));
        Assert.Equal(text, first.Text);
        Assert.Equal(1, first.DequeueCount);
        Assert.Empty(await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30)));

        await Eventually.TrueAsync(async () => (await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))) is [{ DequeueCount: 2 } again]
            && await _queue.DeleteMessageAsync(again.MessageId, again.PopReceipt), TimeSpan.FromSeconds(10), "the message reappears after its visibility timeout");
        Assert.Empty(await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task DeleteMessage_StalePopReceipt_ReturnsFalse()
    {
        await _queue.SendMessageAsync("x");
        var message = Assert.Single(await _queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.True(await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt));

        Assert.False(await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt));
    }

    [Fact]
    public async Task SendMessage_WithDelay_StaysHiddenUntilDue()
    {
        await _queue.SendMessageAsync("later", TimeSpan.FromSeconds(30));

        Assert.Empty(await _queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Send_WrongKey_ThrowsForbidden()
    {
        var wrong = _azurite.ConnectionString.Replace(AzuriteServer.AccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var queue = new QueueServiceClient(wrong).GetQueueClient(_queue.Name);

        var error = await Assert.ThrowsAsync<QueueRequestFailedException>(() => queue.SendMessageAsync("x"));
        Assert.Equal(403, error.Status);
    }
}
