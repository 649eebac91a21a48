namespace CoopBot.Storage.Tests.Unit;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain-key_123", "plain-key_123")]
    [InlineData("team/42", "team~2F42")]
    [InlineData("a\\b#c?d", "a~5Cb~23c~3Fd")]
    [InlineData("tilde~", "tilde~7E")]
    [InlineData("tab\tnl\n\u007f\u009f", "tab~09nl~0A~7F~9F")]
    [InlineData("ünï 😀 O'Brien", "ünï 😀 O'Brien")]
    public void Encode_KnownInputs_ProduceValidReversibleKeys(string raw, string encoded)
    {
        Assert.Equal(encoded, TableKey.Encode(raw));
        Assert.True(TableKey.IsValid(encoded));
        Assert.Equal(raw, TableKey.Decode(encoded));
    }

    [Fact]
    public void Encode_EveryCharBelow0x100_RoundTrips()
    {
        var raw = new string([.. Enumerable.Range(0, 0x100).Select(i => (char)i)]);

        var encoded = TableKey.Encode(raw);

        Assert.True(TableKey.IsValid(encoded));
        Assert.Equal(raw, TableKey.Decode(encoded));
    }

    [Fact]
    public void Encode_ResultLongerThanKeyLimit_ThrowsLimitException()
    {
        Assert.Throws<TableLimitException>(() => TableKey.Encode(new string('/', 200)));
    }

    [Theory]
    [InlineData("~")]
    [InlineData("~4")]
    [InlineData("~ZZ")]
    public void Decode_MalformedEscape_ThrowsFormatException(string encoded)
    {
        Assert.Throws<FormatException>(() => TableKey.Decode(encoded));
    }
}
