using Azure.Data.Tables;

namespace CoopBot.Storage.Tests.Unit;

public sealed class TableLimitsTests
{
    [Fact]
    public void EstimateEntitySize_FollowsTheDocumentedFormula()
    {
        var entity = new TableEntity("pk", "rk") { ["S"] = "abc", ["I"] = 1, ["B"] = new byte[10] };

        // 4 + 2*(2+2) + (8+2+10) + (8+2+4) + (8+2+14)
        Assert.Equal(4 + 8 + 20 + 14 + 24, TableLimits.EstimateEntitySize(entity));
    }

    [Fact]
    public void ValidateEntity_ReadBackEntity_IgnoresTheSdksETagAndTimestampEntries()
    {
        var entity = new TableEntity("pk", "rk") { ["S"] = "abc", ETag = new Azure.ETag("W/\"x\""), Timestamp = DateTimeOffset.UtcNow };

        TableLimits.ValidateEntity(entity);

        Assert.Equal(4 + 8 + 8 + 2 + 10, TableLimits.EstimateEntitySize(entity));
    }

    public static TheoryData<object> UnstorableValues => new()
    {
        DayOfWeek.Monday,
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local),
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        new DateTimeOffset(1600, 12, 31, 0, 0, 0, TimeSpan.Zero),
        1.5m,
        new object(),
    };

    [Theory]
    [MemberData(nameof(UnstorableValues))]
    public void ValidateEntity_ValueTableStorageCannotHold_ThrowsLimitException(object value)
    {
        var entity = new TableEntity("pk", "rk") { ["V"] = value };

        Assert.Throws<TableLimitException>(() => TableLimits.ValidateEntity(entity));
    }

    [Fact]
    public void GetInt64Widened_Int32OrInt64OrAbsent_ReadsTheNumber()
    {
        var entity = new TableEntity("pk", "rk") { ["Small"] = 5, ["Large"] = 5_000_000_000L };

        Assert.Equal((5L, 5_000_000_000L, (long?)null), (entity.GetInt64Widened("Small"), entity.GetInt64Widened("Large"), entity.GetInt64Widened("None")));
        Assert.Throws<InvalidOperationException>(() => entity.GetInt64("Small"));
    }
}
