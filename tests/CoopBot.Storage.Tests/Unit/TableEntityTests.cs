using System.Text;
using System.Text.Json;

namespace CoopBot.Storage.Tests.Unit;

public sealed class TableEntityTests
{
    [Fact]
    public void Indexer_UnsupportedTypes_ThrowArgumentException()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["E"] = DayOfWeek.Friday);
        Assert.Throws<ArgumentException>(() => entity["D"] = 1.5m);
        Assert.Throws<ArgumentException>(() => entity["L"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local));
        Assert.Throws<ArgumentException>(() => entity["PartitionKey"] = 5);
    }

    [Fact]
    public void TypedGetters_WideningAndAbsence_BehaveLikeTheSdk()
    {
        var entity = new TableEntity("p", "r") { ["I"] = 5, ["S"] = "x" };

        Assert.Equal(5L, entity.GetInt64("I"));
        Assert.Equal(5.0, entity.GetDouble("I"));
        Assert.Null(entity.GetInt32("Missing"));
        Assert.Null(entity.GetString("Missing"));
        Assert.Throws<InvalidOperationException>(() => entity.GetInt32("S"));
    }

    [Fact]
    public void Write_AnnotatesTypesJsonCannotCarry()
    {
        var entity = new TableEntity("p", "r")
        {
            ["Big"] = 9_007_199_254_740_993L,
            ["Whole"] = 2.0,
            ["When"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ["Id"] = Guid.Empty,
            ["Bytes"] = new byte[] { 1, 2 },
            ["Int"] = 7,
            ["Nothing"] = null,
            ["Timestamp"] = DateTimeOffset.UnixEpoch,
        };

        using var json = JsonDocument.Parse(EntityJsonWriter.ToUtf8(entity));
        var root = json.RootElement;

        Assert.Equal(("9007199254740993", "Edm.Int64"), (root.GetProperty("Big").GetString(), root.GetProperty("Big@odata.type").GetString()));
        Assert.Equal("Edm.Double", root.GetProperty("Whole@odata.type").GetString());
        Assert.Equal(("2026-01-02T03:04:05.0000000Z", "Edm.DateTime"), (root.GetProperty("When").GetString(), root.GetProperty("When@odata.type").GetString()));
        Assert.Equal("Edm.Guid", root.GetProperty("Id@odata.type").GetString());
        Assert.Equal(("AQI=", "Edm.Binary"), (root.GetProperty("Bytes").GetString(), root.GetProperty("Bytes@odata.type").GetString()));
        Assert.Equal(7, root.GetProperty("Int").GetInt32());
        Assert.False(root.TryGetProperty("Int@odata.type", out _));
        Assert.False(root.TryGetProperty("Nothing", out _));
        Assert.False(root.TryGetProperty("Timestamp", out _));
    }

    [Fact]
    public void Read_MinimalMetadataPayload_RestoresTypesAndETag()
    {
        const string payload = """
            {"odata.etag":"W/\"datetime'2026-11-21T18%3A15%3A20.4619711Z'\"","PartitionKey":"p","RowKey":"r",
             "Timestamp":"2026-11-21T18:15:20.4619711Z","Big@odata.type":"Edm.Int64","Big":"9007199254740993",
             "Count":3,"Ratio":0.5,"Huge":3000000000,"Flag":false,"Id@odata.type":"Edm.Guid","Id":"c9da6455-213d-42c9-9a79-3e9149a57833"}
            """;
        using var json = JsonDocument.Parse(Encoding.UTF8.GetBytes(payload));

        var entity = EntityJsonReader.Read(json.RootElement);

        Assert.Equal("W/\"datetime'2026-11-21T18%3A15%3A20.4619711Z'\"", entity.ETag.ToString());
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 18, 15, 20, TimeSpan.Zero).AddTicks(4_619_711), entity.Timestamp);
        Assert.IsType<long>(entity["Big"]);
        Assert.IsType<int>(entity["Count"]);
        Assert.IsType<double>(entity["Ratio"]);
        Assert.IsType<double>(entity["Huge"]);
        Assert.IsType<bool>(entity["Flag"]);
        Assert.IsType<Guid>(entity["Id"]);
    }

    [Fact]
    public void EstimateEntitySize_FollowsTheDocumentedFormula()
    {
        var entity = new TableEntity("pk", "rk") { ["S"] = "abc", ["I"] = 1, ["B"] = new byte[10] };

        // 4 + 2*(2+2) + (8+2+10) + (8+2+4) + (8+2+14)
        Assert.Equal(4 + 8 + 20 + 14 + 24, TableLimits.EstimateEntitySize(entity));
    }
}
