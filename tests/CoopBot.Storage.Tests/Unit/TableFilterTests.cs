namespace CoopBot.Storage.Tests.Unit;

public sealed class TableFilterTests
{
    [Fact]
    public void Create_StringWithQuotes_DoublesThem()
    {
        var name = "O'Brien";
        Assert.Equal("Name eq 'O''Brien'", TableFilter.Create($"Name eq {name}"));
    }

    [Fact]
    public void Create_InjectionAttempt_StaysOneLiteral()
    {
        var input = "x' or PartitionKey ne '";
        Assert.Equal("Name eq 'x'' or PartitionKey ne '''", TableFilter.Create($"Name eq {input}"));
    }

    [Fact]
    public void Create_TypedValues_UseODataLiterals()
    {
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        var id = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833");
        var utc = new DateTime(2026, 1, 2, 1, 4, 5, DateTimeKind.Utc);

        var filter = TableFilter.Create(
            $"A eq {42} and B eq {9_007_199_254_740_993L} and C eq {1.5} and D eq {2.0} and E eq {true} and F ge {when} and G eq {id} and H eq {new byte[] { 1, 0xAB }} and I le {utc}");

        Assert.Equal(
            "A eq 42 and B eq 9007199254740993L and C eq 1.5 and D eq 2.0 and E eq true and F ge datetime'2026-01-02T01:04:05.0000000Z' "
            + "and G eq guid'c9da6455-213d-42c9-9a79-3e9149a57833' and H eq X'01ab' and I le datetime'2026-01-02T01:04:05.0000000Z'",
            filter);
    }

    [Fact]
    public void Create_BracesInsideStringValue_AreKeptVerbatim()
    {
        var value = "{0} }{";
        Assert.Equal("V eq '{0} }{'", TableFilter.Create($"V eq {value}"));
    }

    public static TheoryData<object?> Unsupported => new()
    {
        null,
        double.NaN,
        DayOfWeek.Monday,
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local),
        new DateTime(2026, 1, 1),
        3.5m,
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void ToLiteral_UnsupportedValue_Throws(object? value)
    {
        Assert.ThrowsAny<ArgumentException>(() => TableFilter.ToLiteral(value));
    }
}
