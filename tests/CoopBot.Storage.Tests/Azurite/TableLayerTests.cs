using Azure;
using Azure.Data.Tables;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

/// <summary>Our layer over Azure.Data.Tables against Azurite: the extensions and the differences they cover.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TableLayerTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Fact]
    public async Task GetEntityOrNull_MissingRowThenExisting_ReturnsNullThenTheEntityWithItsETag()
    {
        var table = await _tables.CreateTableAsync();
        Assert.Null(await table.GetEntityOrNullAsync("p", "r"));

        var etag = (await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1 })).ETagOf();

        var entity = await table.GetEntityOrNullAsync("p", "r");
        Assert.Equal((1, etag), (entity!.GetInt32("A"), entity.ETag));
    }

    [Fact]
    public async Task GetEntityOrNull_MissingTable_ThrowsTableNotFoundInsteadOfNull()
    {
        var table = new LimitCheckedTableClient(fixture.Server.ConnectionString, _tables.NextName(), new TableClientOptions());

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityOrNullAsync("p", "r"));

        Assert.Equal(404, e.Status);
    }

    [Fact]
    public async Task GetEntityOrNull_WithSelect_ReturnsOnlyTheSelectedPropertiesWithoutKeys()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        var entity = await table.GetEntityOrNullAsync("p", "r", select: ["A"]);

        // The SDK does not add PartitionKey/RowKey to $select (our previous client did): select them when needed.
        Assert.Equal((1, null, null), (entity!.GetInt32("A"), entity.PartitionKey, entity["B"]));
    }

    [Fact]
    public async Task UpdateEntity_StaleETag_Throws412AndKeepsTheValue()
    {
        var table = await _tables.CreateTableAsync();
        var first = (await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 })).ETagOf();
        var second = (await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, first)).ETagOf();

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 3 }, first));

        Assert.Equal((412, "UpdateConditionNotSatisfied"), (e.Status, e.ErrorCode));
        var stored = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        Assert.Equal((2, second), (stored.GetInt32("V"), stored.ETag));
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
        var service = new TableServiceClient(fixture.Server.TableEndpoint!, new TableSharedKeyCredential(AzuriteServer.AccountName, wrongKey));

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => service.PingAsync());

        Assert.Equal(403, e.Status);
    }

    [Fact]
    public async Task Ping_NothingListening_ThrowsStatusZero()
    {
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        var service = new TableServiceClient(
            new Uri("http://127.0.0.1:1/devstoreaccount1"), new TableSharedKeyCredential(AzuriteServer.AccountName, AzuriteServer.AccountKey), options);

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => service.PingAsync());

        Assert.Equal(0, e.Status);
    }
}
