using Azure.Data.Tables;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Storage;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Group commit of ballots against a real Azurite: coalescing, per-voter order, retried activities, failures.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class BallotCommitQueueTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly BallotCommitQueue _queue = new();
    private CoopBotApp _app = null!;
    private TableClient _table = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _table = await _app.GetService<ITableClientProvider>().GetTableAsync("CommitQueueTest");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task BurstOfBallots_AllRecorded_InFewerTransactions()
    {
        var poll = NewPartition();

        var writes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => CommitAsync(poll, $"voter-{i:D3}", "o1", $"act-{i}")));

        Assert.All(writes, w => Assert.Equal(BallotWrite.Recorded, w));
        Assert.Equal(200, await CountAsync(poll, "RowKey lt '~'"));
        Assert.Equal(200, await CountAsync(poll, "RowKey ge '~evt|'"));
        var (transactions, ballots) = _queue.Committed;
        Assert.Equal(200, ballots);
        Assert.True(transactions < 200, $"{transactions} transactions for 200 ballots");
    }

    [Fact]
    public async Task SameVoterTwiceInABurst_LaterBallotWins_BothAudited()
    {
        var poll = NewPartition();

        // The other voters keep a transaction in flight, so the two ballots of voter-x queue up together.
        var others = Enumerable.Range(0, 60).Select(i => CommitAsync(poll, $"voter-{i:D3}", "o1", $"act-{i}")).ToList();
        var first = CommitAsync(poll, "voter-x", "o1", "act-x1");
        var second = CommitAsync(poll, "voter-x", "o2", "act-x2");
        await Task.WhenAll([.. others, first, second]);

        var ballot = await _table.GetEntityOrNullAsync(poll, "voter-x");
        Assert.Equal("o2", ballot!.GetString("Choice"));
        Assert.NotNull(await _table.GetEntityOrNullAsync(poll, "~evt|act-x1"));
        Assert.NotNull(await _table.GetEntityOrNullAsync(poll, "~evt|act-x2"));
    }

    [Fact]
    public async Task RetriedActivity_InABurst_RecordedOnce_OthersUnaffected()
    {
        var poll = NewPartition();
        Assert.Equal(BallotWrite.Recorded, await CommitAsync(poll, "voter-r", "o1", "act-r"));

        // A late retry of an activity that was recorded before, and two concurrent copies of a new one, among others.
        var retry = CommitAsync(poll, "voter-r", "o1", "act-r");
        var copies = Enumerable.Range(0, 2).Select(_ => CommitAsync(poll, "voter-c", "o3", "act-c")).ToList();
        var others = Enumerable.Range(0, 40).Select(i => CommitAsync(poll, $"voter-{i:D3}", "o2", $"act-{i}")).ToList();
        var copyWrites = await Task.WhenAll(copies);

        Assert.Equal(BallotWrite.AlreadyRecorded, await retry);
        Assert.Equal([BallotWrite.Recorded, BallotWrite.AlreadyRecorded], copyWrites.Order());
        Assert.All(await Task.WhenAll(others), o => Assert.Equal(BallotWrite.Recorded, o));
        Assert.Equal(42, await CountAsync(poll, "RowKey lt '~'"));
        Assert.Equal(42, await CountAsync(poll, "RowKey ge '~evt|'"));
    }

    [Fact]
    public async Task OneBallotTheServiceRefuses_FailsAlone()
    {
        var poll = NewPartition();
        var bad = new TableEntity(poll, "voter-bad") { ["Choice"] = "o1", ["Odata.Bad"] = "x" };

        var others = Enumerable.Range(0, 30).Select(i => CommitAsync(poll, $"voter-{i:D3}", "o1", $"act-{i}")).ToList();
        var refused = _queue.CommitAsync(_table, bad, Event(poll, "act-bad"), CancellationToken.None);
        var error = await Record.ExceptionAsync(() => refused);

        Assert.NotNull(error);
        Assert.All(await Task.WhenAll(others), o => Assert.Equal(BallotWrite.Recorded, o));
        Assert.Null(await _table.GetEntityOrNullAsync(poll, "voter-bad"));
        Assert.Null(await _table.GetEntityOrNullAsync(poll, "~evt|act-bad"));
    }

    [Fact]
    public async Task CancelledBeforeSending_NeverWritten()
    {
        var poll = NewPartition();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _queue.CommitAsync(_table, Ballot(poll, "voter-z", "o1"), Event(poll, "act-z"), cancelled.Token));

        Assert.Null(await _table.GetEntityOrNullAsync(poll, "voter-z"));
    }

    private Task<BallotWrite> CommitAsync(string poll, string voter, string choice, string activity) =>
        _queue.CommitAsync(_table, Ballot(poll, voter, choice), Event(poll, activity), CancellationToken.None);

    private static TableEntity Ballot(string poll, string voter, string choice) => new(poll, voter) { ["Choice"] = choice };

    private static TableEntity Event(string poll, string activity) => new(poll, "~evt|" + activity) { ["Type"] = "vote" };

    private static string NewPartition() => "p" + Guid.NewGuid().ToString("N")[..16];

    private async Task<int> CountAsync(string poll, string rowFilter)
    {
        var count = 0;
        await foreach (var _ in _table.QueryAsync<TableEntity>($"PartitionKey eq '{poll}' and {rowFilter}"))
        {
            count++;
        }

        return count;
    }
}
