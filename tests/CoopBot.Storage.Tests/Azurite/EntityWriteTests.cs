using Azure;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

[Collection(AzuriteShared.Collection)]
public sealed class EntityWriteTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Fact]
    public async Task AddEntity_Duplicate_ThrowsAlreadyExistsWith409()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var e = await Assert.ThrowsAsync<TableEntityAlreadyExistsException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, e.Status);
        Assert.Equal("EntityAlreadyExists", e.ErrorCode);
    }

    [Fact]
    public async Task UpsertEntity_ReplaceVersusMerge_DropsOrKeepsMissingProperties()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "merge") { ["A"] = 1, ["B"] = 2 });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["A"] = 1, ["B"] = 2 });

        await table.UpsertEntityAsync(new TableEntity("p", "merge") { ["A"] = 10 }, TableUpdateMode.Merge);
        await table.UpsertEntityAsync(new TableEntity("p", "replace") { ["A"] = 10 }, TableUpdateMode.Replace);
        var merged = await table.GetEntityAsync("p", "merge");
        var replaced = await table.GetEntityAsync("p", "replace");

        Assert.Equal((10, 2), (merged.GetInt32("A"), merged.GetInt32("B")));
        Assert.Equal(10, replaced.GetInt32("A"));
        Assert.False(replaced.ContainsKey("B"));
    }

    [Fact]
    public async Task UpsertEntity_Missing_Inserts()
    {
        var table = await _tables.CreateTableAsync();

        var etag = await table.UpsertEntityAsync(new TableEntity("p", "new") { ["A"] = 1 });

        Assert.Equal(etag, (await table.GetEntityAsync("p", "new")).ETag);
    }

    [Fact]
    public async Task UpdateEntity_CurrentETag_SucceedsAndReturnsNewETag()
    {
        var table = await _tables.CreateTableAsync();
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1 });

        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 2 }, first, TableUpdateMode.Replace);

        Assert.NotEqual(first, second);
        var read = await table.GetEntityAsync("p", "r");
        Assert.Equal((second, 2), (read.ETag, read.GetInt32("A")));
    }

    [Fact]
    public async Task UpdateEntity_StaleETag_ThrowsPreconditionFailedAndKeepsValue()
    {
        var table = await _tables.CreateTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 2 }, stale);

        var e = await Assert.ThrowsAsync<TablePreconditionFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = 3 }, stale));

        Assert.Equal(412, e.Status);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r")).GetInt32("A"));
    }

    [Fact]
    public async Task UpdateEntity_Missing_ThrowsEntityNotFound()
    {
        var table = await _tables.CreateTableAsync();

        await Assert.ThrowsAsync<TableEntityNotFoundException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "missing"), ETag.All));
    }

    [Fact]
    public async Task UpdateEntity_DefaultETag_RejectedBeforeSending()
    {
        var table = await _tables.CreateTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), default));
    }

    [Fact]
    public async Task DeleteEntity_StaleETag_ThrowsPreconditionFailedAndKeepsEntity()
    {
        var table = await _tables.CreateTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = 2 });

        await Assert.ThrowsAsync<TablePreconditionFailedException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteEntity_CurrentETagThenMissing_DeletesThenIsIdempotent()
    {
        var table = await _tables.CreateTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteEntityAsync("p", "r", etag);
        await table.DeleteEntityAsync("p", "r");

        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task GetEntity_Missing_ThrowsEntityNotFoundWith404()
    {
        var table = await _tables.CreateTableAsync();

        var e = await Assert.ThrowsAsync<TableEntityNotFoundException>(() => table.GetEntityAsync("p", "missing"));

        Assert.Equal(404, e.Status);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "missing"));
    }

    [Fact]
    public async Task Operations_MissingTable_ThrowTableNotFound()
    {
        var table = _tables.Service.GetTableClient(_tables.NextName());

        var e = await Assert.ThrowsAsync<TableNotFoundException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        await Assert.ThrowsAsync<TableNotFoundException>(() => table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(("TableNotFound", 404), (e.ErrorCode, e.Status));
    }
}
