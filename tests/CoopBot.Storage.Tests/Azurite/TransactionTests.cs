using Azure;
using Azure.Data.Tables;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

[Collection(AzuriteShared.Collection)]
public sealed class TransactionTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Fact]
    public async Task SubmitTransaction_100Adds_WritesAllAndReturnsETags()
    {
        var table = await _tables.CreateTableAsync();
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["I"] = i }));

        var etags = (await table.SubmitTransactionAsync(actions)).ETags();

        Assert.Equal(100, etags.Count);
        Assert.All(etags, e => Assert.NotEqual(default, e));
        Assert.Equal(100, await table.QueryAsync<TableEntity>(maxPerPage: 1000).CountAsync());
    }

    [Fact]
    public async Task SubmitTransaction_EveryActionType_AppliesEach()
    {
        var table = await _tables.CreateTableAsync();
        var updateETag = (await table.AddEntityAsync(new TableEntity("p", "update") { ["A"] = 1, ["B"] = 1 })).ETagOf();
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["A"] = 1, ["B"] = 1 });
        await table.AddEntityAsync(new TableEntity("p", "delete"));
        await table.AddEntityAsync(new TableEntity("p", "upsert") { ["A"] = 1, ["B"] = 1 });

        var etags = (await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["A"] = 2 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["A"] = 2 }, updateETag),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["A"] = 2 }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsert") { ["A"] = 2 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "fresh") { ["A"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
        ])).ETags();

        var rows = (await table.QueryAsync<TableEntity>().ToListAsync()).ToDictionary(e => e.RowKey);
        Assert.Equal(["add", "fresh", "replace", "update", "upsert"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows.Values, e => Assert.Equal(2, e.GetInt32("A")));
        Assert.Equal((1, null, 1), (rows["update"].GetInt32("B"), rows["replace"].GetInt32("B"), rows["upsert"].GetInt32("B")));
        Assert.Equal(rows["update"].ETag, etags[1]);
        Assert.Equal(default, etags[5]);
    }

    [Fact]
    public async Task SubmitTransaction_FourthActionConflicts_RollsBackAndReportsIndex3()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r3") { ["Original"] = true });
        var actions = Enumerable.Range(0, 5)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}")))
            .ToList();

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal((3, 409, "EntityAlreadyExists"), (e.FailedTransactionActionIndex, e.Status, e.ErrorCode));
        var remaining = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal("r3", Assert.Single(remaining).RowKey);
    }

    [Fact]
    public async Task SubmitTransaction_StaleETag_FailsWith412AtThatIndex()
    {
        var table = await _tables.CreateTableAsync();
        var stale = (await table.AddEntityAsync(new TableEntity("p", "r"))).ETagOf();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 1 });

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "r") { ["A"] = 2 }, stale),
        ]));

        Assert.Equal((1, 412), (e.FailedTransactionActionIndex, e.Status));
        Assert.Null(await table.GetEntityOrNullAsync("p", "other"));
    }

    [Fact]
    public async Task SubmitTransaction_DeleteMissing_FailsWith404()
    {
        var table = await _tables.CreateTableAsync();

        var e = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Delete, new TableEntity("p", "missing"))]));

        Assert.Equal((0, 404), (e.FailedTransactionActionIndex, e.Status));
    }

    [Fact]
    public async Task SubmitTransaction_101Actions_RejectedBeforeSending()
    {
        var table = _tables.NotCreated();
        var actions = Enumerable.Range(0, 101)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}")));

        // The table does not exist: a request that reached Azurite would fail with TableNotFound instead.
        var e = await Assert.ThrowsAsync<TableLimitException>(() => table.SubmitTransactionAsync(actions));

        Assert.Contains("100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransaction_BodyOver4MiB_RejectedBeforeSending()
    {
        var table = _tables.NotCreated();
        // Each entity is legal (2 × 32,000 chars ≈ 128 KB by the service estimate); 40 of them exceed 4 MiB of UTF-8 body.
        var actions = Enumerable.Range(0, 40).Select(i => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new TableEntity("p", $"r{i}") { ["A"] = new string('ü', 32_000), ["B"] = new string('ü', 32_000) }));

        var e = await Assert.ThrowsAsync<TableLimitException>(() => table.SubmitTransactionAsync(actions));

        Assert.Contains("4 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransaction_MixedPartitions_RejectedBeforeSending()
    {
        var table = await _tables.CreateTableAsync();

        // Azurite 3.37 would accept this batch (Azure/Azurite#1215); Azure rejects it.
        var e = await Assert.ThrowsAsync<TableLimitException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p1", "r1")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "r2")),
        ]));

        Assert.Contains("one PartitionKey", e.Message, StringComparison.Ordinal);
        Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransaction_DuplicateRow_RejectedBeforeSending()
    {
        var table = await _tables.CreateTableAsync();

        var e = await Assert.ThrowsAsync<TableLimitException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "r")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "r")),
        ]));

        Assert.Contains("appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransaction_Empty_Rejected()
    {
        var table = await _tables.CreateTableAsync();

        await Assert.ThrowsAsync<TableLimitException>(() => table.SubmitTransactionAsync([]));
    }
}
