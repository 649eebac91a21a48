using Azure.Data.Tables;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

/// <summary>Fresh tables under a per-test-class-instance prefix, so tests never see each other's rows.</summary>
internal sealed class TestTableFactory(AzuriteFixture fixture)
{
    private readonly string _prefix = TestTables.UniquePrefix();
    private int _count;

    public TableServiceClient Service { get; } = new(fixture.Server.ConnectionString);

    public string NextName() => _prefix + "n" + Interlocked.Increment(ref _count);

    /// <summary>A limit-checked client on a table that does not exist: a request that reached Azurite would fail.</summary>
    public TableClient NotCreated() => new LimitCheckedTableClient(fixture.Server.ConnectionString, NextName(), new TableClientOptions());

    /// <summary>A client as <see cref="ITableClientProvider"/> hands them out (limits checked), on a new table.</summary>
    public async Task<TableClient> CreateTableAsync()
    {
        var table = new LimitCheckedTableClient(fixture.Server.ConnectionString, NextName(), new TableClientOptions());
        Assert.NotNull(await table.CreateIfNotExistsAsync());
        return table;
    }
}
