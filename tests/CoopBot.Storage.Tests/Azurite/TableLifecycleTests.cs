using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

[Collection(AzuriteShared.Collection)]
public sealed class TableLifecycleTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Fact]
    public async Task CreateTableIfNotExists_CalledTwice_CreatesOnceAndSucceedsTwice()
    {
        var name = _tables.NextName();

        Assert.True(await _tables.Service.CreateTableIfNotExistsAsync(name));
        Assert.False(await _tables.Service.CreateTableIfNotExistsAsync(name));
        Assert.False(await _tables.Service.GetTableClient(name).CreateIfNotExistsAsync());
    }

    [Fact]
    public async Task DeleteTable_ExistingThenMissing_DeletesThenReturnsFalse()
    {
        var table = await _tables.CreateTableAsync();

        Assert.True(await _tables.Service.DeleteTableAsync(table.Name));
        Assert.False(await _tables.Service.DeleteTableAsync(table.Name));
        await Assert.ThrowsAsync<TableNotFoundException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
    }

    [Fact]
    public async Task QueryTables_WithRangeFilterAndSmallPages_ListsOnlyMatchingTables()
    {
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await _tables.CreateTableAsync()).Name);
        }

        var prefix = created[0][..^1];
        var filter = TableFilter.Create($"TableName ge {prefix} and TableName lt {prefix + "z"}");
        var names = new List<string>();
        await foreach (var table in _tables.Service.QueryTablesAsync(filter, maxPerPage: 2))
        {
            names.Add(table.Name);
        }

        Assert.Equal(created.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ping_RunningAzurite_Succeeds()
    {
        await _tables.Service.PingAsync();
    }

    [Fact]
    public async Task Ping_WrongAccountKey_ThrowsForbidden()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var service = new TableServiceClient(
            fixture.Server.TableEndpoint!, new TableSharedKeyCredential(AzuriteServer.AccountName, wrongKey));

        var e = await Assert.ThrowsAsync<TableRequestFailedException>(() => service.PingAsync());

        Assert.Equal(403, e.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Ping_NothingListening_ThrowsStatusZeroTableException(int retries)
    {
        // With retries, Azure.Core aggregates every attempt's failure; both shapes must map to our type.
        var options = new TableClientOptions { Retry = { MaxRetries = retries, Delay = TimeSpan.FromMilliseconds(1) } };
        var service = new TableServiceClient(
            new Uri("http://127.0.0.1:1/devstoreaccount1"), new TableSharedKeyCredential("devstoreaccount1", AzuriteServer.AccountKey), options);

        var e = await Assert.ThrowsAsync<TableRequestFailedException>(() => service.PingAsync());

        Assert.Equal(0, e.Status);
    }
}
