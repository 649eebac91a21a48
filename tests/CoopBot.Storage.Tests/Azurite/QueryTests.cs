using Azure;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

[Collection(AzuriteShared.Collection)]
public sealed class QueryTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Fact]
    public async Task Query_FilterWithQuoteInValue_MatchesExactlyThatEntity()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "1") { ["Name"] = "O'Brien" });
        await table.AddEntityAsync(new TableEntity("p", "2") { ["Name"] = "OBrien" });
        var hostile = "x' or Name ne 'y";
        await table.AddEntityAsync(new TableEntity("p", "3") { ["Name"] = hostile });

        var obrien = await table.QueryAsync(TableFilter.Create($"Name eq {"O'Brien"}")).ToListAsync();
        var injected = await table.QueryAsync(TableClient.CreateQueryFilter($"Name eq {hostile}")).ToListAsync();

        Assert.Equal("1", Assert.Single(obrien).RowKey);
        Assert.Equal("3", Assert.Single(injected).RowKey);
    }

    [Fact]
    public async Task Query_TypedLiterals_MatchStoredTypes()
    {
        var table = await _tables.CreateTableAsync();
        var id = Guid.NewGuid();
        var when = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("p", "hit")
        {
            ["Big"] = 9_007_199_254_740_993L, ["Id"] = id, ["When"] = when, ["Bytes"] = new byte[] { 1, 2, 3 },
            ["Flag"] = true, ["Ratio"] = 0.25, ["Count"] = 7,
        });
        await table.AddEntityAsync(new TableEntity("p", "miss")
        {
            ["Big"] = 1L, ["Id"] = Guid.NewGuid(), ["When"] = when.AddDays(-2), ["Bytes"] = new byte[] { 9 },
            ["Flag"] = false, ["Ratio"] = 4.0, ["Count"] = 1,
        });

        string[] filters =
        [
            TableFilter.Create($"Big eq {9_007_199_254_740_993L}"),
            TableFilter.Create($"Id eq {id}"),
            TableFilter.Create($"When ge {when.AddDays(-1)}"),
            TableFilter.Create($"Bytes eq {new byte[] { 1, 2, 3 }}"),
            TableFilter.Create($"Flag eq {true}"),
            TableFilter.Create($"Ratio lt {1.0}"),
            TableFilter.Create($"Count gt {5}"),
        ];

        foreach (var filter in filters)
        {
            Assert.Equal("hit", Assert.Single(await table.QueryAsync(filter).ToListAsync()).RowKey);
        }
    }

    [Fact]
    public async Task Query_SmallPages_FollowsContinuationAcrossPartitions()
    {
        var table = await _tables.CreateTableAsync();
        for (var i = 0; i < 7; i++)
        {
            await table.AddEntityAsync(new TableEntity($"p{i % 3}", $"r{i}"));
        }

        var pages = await table.QueryPagesAsync(maxPerPage: 2).ToListAsync();
        var all = await table.QueryAsync(maxPerPage: 2).ToListAsync();

        Assert.Equal(4, pages.Count);
        Assert.All(pages[..^1], p => Assert.NotNull(p.ContinuationToken));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(7, all.Count);
        Assert.Equal(all.OrderBy(e => e.PartitionKey, StringComparer.Ordinal).ThenBy(e => e.RowKey, StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task QueryPages_ResumeFromToken_ReturnsTheRemainingEntities()
    {
        var table = await _tables.CreateTableAsync();
        for (var i = 0; i < 5; i++)
        {
            await table.AddEntityAsync(new TableEntity("p", $"r{i}"));
        }

        await using var pages = table.QueryPagesAsync(maxPerPage: 2).GetAsyncEnumerator();
        Assert.True(await pages.MoveNextAsync());
        var token = pages.Current.ContinuationToken;
        var rest = await table.QueryAsync(maxPerPage: 2).AsPages(token).ToListAsync();

        Assert.Equal(["r2", "r3", "r4"], rest.SelectMany(p => p.Values).Select(e => e.RowKey));
    }

    [Fact]
    public async Task Query_WithSelect_ReturnsKeysAndSelectedOnly()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var entity = Assert.Single(await table.QueryAsync(select: ["B"]).ToListAsync());

        Assert.Equal(("p", "r", "b"), (entity.PartitionKey, entity.RowKey, entity.GetString("B")));
        Assert.False(entity.ContainsKey("A"));
        Assert.NotEqual(default, entity.ETag);
    }
}
