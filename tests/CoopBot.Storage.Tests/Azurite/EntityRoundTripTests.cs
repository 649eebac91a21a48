using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Azurite;

[Collection(AzuriteShared.Collection)]
public sealed class EntityRoundTripTests(AzuriteFixture fixture)
{
    private readonly TestTableFactory _tables = new(fixture);

    [Fact]
    public async Task AddThenGet_EveryPropertyType_RestoresValuesAndTypes()
    {
        var table = await _tables.CreateTableAsync();
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_234_567);
        var whenUtc = new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "Zürich – 日本語 😀 O'Brien \"quoted\"",
            ["Empty"] = "",
            ["Int"] = int.MinValue,
            ["Big"] = (1L << 53) + 1,
            ["SmallLong"] = 5L,
            ["Fraction"] = 1.5,
            ["Whole"] = 2.0,
            ["NotANumber"] = double.NaN,
            ["Flag"] = true,
            ["When"] = when,
            ["WhenUtc"] = whenUtc,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 2, 255 },
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p", "r");

        Assert.Equal(etag, read.ETag);
        Assert.Equal(entity.GetString("Text"), read.GetString("Text"));
        Assert.Equal("", read.GetString("Empty"));
        Assert.Equal(int.MinValue, Assert.IsType<int>(read["Int"]));
        Assert.Equal((1L << 53) + 1, Assert.IsType<long>(read["Big"]));
        Assert.Equal(5L, Assert.IsType<long>(read["SmallLong"]));
        Assert.Equal(1.5, Assert.IsType<double>(read["Fraction"]));
        Assert.Equal(2.0, Assert.IsType<double>(read["Whole"]));
        Assert.True(double.IsNaN(Assert.IsType<double>(read["NotANumber"])));
        Assert.True(Assert.IsType<bool>(read["Flag"]));
        Assert.Equal(when, Assert.IsType<DateTimeOffset>(read["When"]));
        Assert.Equal(whenUtc, read.GetDateTime("WhenUtc"));
        Assert.Equal(id, Assert.IsType<Guid>(read["Id"]));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, read.GetBinary("Bytes"));
        Assert.NotNull(read.Timestamp);
    }

    [Theory]
    [InlineData("O'Brien", "it's")]
    [InlineData("a b+c%d&e=f", "ü日本😀")]
    [InlineData("(x,y)", "'')(")]
    [InlineData("", "")]
    public async Task AddThenGet_KeysNeedingEscaping_RoundTrip(string partitionKey, string rowKey)
    {
        var table = await _tables.CreateTableAsync();

        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 1 });
        var read = await table.GetEntityAsync(partitionKey, rowKey);
        await table.DeleteEntityAsync(partitionKey, rowKey);

        Assert.Equal((partitionKey, rowKey), (read.PartitionKey, read.RowKey));
        Assert.Null(await table.GetEntityIfExistsAsync(partitionKey, rowKey));
    }

    [Fact]
    public async Task AddThenGet_TableKeyEncodedKey_RoundTrips()
    {
        var table = await _tables.CreateTableAsync();
        var raw = "team/42#x?y\\z~\t";

        await table.AddEntityAsync(new TableEntity(TableKey.Encode(raw), "r"));
        var read = await table.GetEntityAsync(TableKey.Encode(raw), "r");

        Assert.Equal(raw, TableKey.Decode(read.PartitionKey));
    }

    [Fact]
    public async Task GetEntity_WithSelect_ReturnsOnlySelectedPropertiesAndKeys()
    {
        var table = await _tables.CreateTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        var read = await table.GetEntityAsync("p", "r", select: ["A"]);

        Assert.Equal(1, read.GetInt32("A"));
        Assert.False(read.ContainsKey("B"));
        Assert.Equal(("p", "r"), (read.PartitionKey, read.RowKey));
    }
}
