using Azure.Data.Tables;
using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

/// <summary>Limits Azurite does not (fully) enforce: the client must refuse before sending.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class LimitTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\there")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085")]
    public async Task AddEntity_DisallowedKeyCharacter_ThrowsLimitException(string key)
    {
        var table = await _tables.CreateTableAsync();

        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        await Assert.ThrowsAsync<TableLimitException>(() => table.GetEntityAsync<TableEntity>("p", key));
    }

    [Fact]
    public async Task AddEntity_KeyOver512Characters_ThrowsAnd512Succeeds()
    {
        var table = await _tables.CreateTableAsync();

        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(new TableEntity("p", new string('k', 513))));
        await table.AddEntityAsync(new TableEntity(new string('p', 512), new string('k', 512)));
    }

    [Fact]
    public async Task AddEntity_253CustomProperties_ThrowsAnd252Succeeds()
    {
        var table = await _tables.CreateTableAsync();
        var tooMany = new TableEntity("p", "many");
        var justRight = new TableEntity("p", "ok");
        for (var i = 0; i < 253; i++)
        {
            tooMany[$"P{i}"] = i;
            if (i < 252)
            {
                justRight[$"P{i}"] = i;
            }
        }

        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(tooMany));
        await table.AddEntityAsync(justRight);

        Assert.Null(await table.GetEntityOrNullAsync("p", "many"));
    }

    [Fact]
    public async Task UpsertEntity_OverOneMebibyte_ThrowsAndWritesNothing()
    {
        var table = await _tables.CreateTableAsync();
        var big = new TableEntity("p", "big");
        // 17 strings of 32,000 UTF-16 chars ≈ 1.09 MB by the service's estimate; each string alone is legal.
        for (var i = 0; i < 17; i++)
        {
            big[$"S{i}"] = new string('x', 32_000);
        }

        var e = await Assert.ThrowsAsync<TableLimitException>(() => table.UpsertEntityAsync(big));

        Assert.Contains("1 MiB", e.Message, StringComparison.Ordinal);
        Assert.Null(await table.GetEntityOrNullAsync("p", "big"));
    }

    [Fact]
    public async Task AddEntity_StringAndBinaryLimits_EnforcedAtTheBoundary()
    {
        var table = await _tables.CreateTableAsync();

        await table.AddEntityAsync(new TableEntity("p", "s") { ["S"] = new string('x', 32_768), ["B"] = new byte[65_536] });
        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(new TableEntity("p", "s2") { ["S"] = new string('x', 32_769) }));
        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(new TableEntity("p", "b2") { ["B"] = new byte[65_537] }));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("odata.type")]
    public async Task AddEntity_InvalidPropertyName_ThrowsLimitException(string name)
    {
        var table = await _tables.CreateTableAsync();

        await Assert.ThrowsAsync<TableLimitException>(() => table.AddEntityAsync(new TableEntity("p", "r") { [name] = 1 }));
    }
}
