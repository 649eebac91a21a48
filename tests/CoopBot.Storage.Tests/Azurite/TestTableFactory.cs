using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

/// <summary>Fresh tables under a per-test-class-instance prefix, so tests never see each other's rows.</summary>
internal sealed class TestTableFactory(AzuriteFixture fixture)
{
    private readonly string _prefix = TestTables.UniquePrefix();
    private int _count;

    public TableServiceClient Service { get; } = new(fixture.Server.ConnectionString);

    public string NextName() => _prefix + "n" + Interlocked.Increment(ref _count);

    public async Task<TableClient> CreateTableAsync()
    {
        var table = Service.GetTableClient(NextName());
        Assert.True(await table.CreateIfNotExistsAsync());
        return table;
    }
}
