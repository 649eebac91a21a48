using CoopBot.Domain.Amounts;

namespace CoopBot.Domain.Tests.Amounts;

public class AmountParserTests
{
    [Theory]
    [InlineData("85000", 8_500_000L)]
    [InlineData("85.000", 8_500_000L)]
    [InlineData("85.000,50", 8_500_050L)]
    [InlineData("€ 85 000", 8_500_000L)]
    [InlineData("85k", 8_500_000L)]
    [InlineData("85K", 8_500_000L)]
    [InlineData("85 k", 8_500_000L)]
    [InlineData("€85.000", 8_500_000L)]
    [InlineData("85.000 EUR", 8_500_000L)]
    [InlineData("EUR 85.000", 8_500_000L)]
    [InlineData("85.000 euro", 8_500_000L)]
    [InlineData("85.000€", 8_500_000L)]
    [InlineData("1,5k", 150_000L)]
    [InlineData("1,25k", 125_000L)]
    [InlineData("1,255k", 125_500L)]
    [InlineData("85000,5", 8_500_050L)]
    [InlineData("85000,05", 8_500_005L)]
    [InlineData("1.234,56", 123_456L)]
    [InlineData("1.234.567,89", 123_456_789L)]
    [InlineData("1 234 567,89", 123_456_789L)]
    [InlineData("0,01", 1L)]
    [InlineData("€ 85,-", 8_500L)]
    [InlineData("85,--", 8_500L)]
    [InlineData("  85.000  ", 8_500_000L)]
    [InlineData("85\u00A0000", 8_500_000L)]
    [InlineData("85.000 excl. btw", 8_500_000L)]
    [InlineData("€ 85.000 EBTW", 8_500_000L)]
    [InlineData("50.000,01", 5_000_001L)]
    [InlineData("1.000.000.000", 100_000_000_000L)]
    [InlineData("1.000.000.000,00", 100_000_000_000L)]
    [InlineData("007", 700L)]
    public void Parse_FlemishNotation_ReturnsCents(string input, long cents)
    {
        var result = AmountParser.Parse(input);

        Assert.True(result.IsSuccess, result.Rejection?.Message);
        Assert.Equal(cents, result.Value.Cents);
    }

    [Theory]
    [InlineData(null, "bedrag.leeg")]
    [InlineData("", "bedrag.leeg")]
    [InlineData("   ", "bedrag.leeg")]
    [InlineData("1,234.56", "bedrag.amerikaans")]
    [InlineData("1,234,567", "bedrag.amerikaans")]
    [InlineData("85,000.00", "bedrag.amerikaans")]
    [InlineData("85.000 000", "bedrag.gemengd")]
    [InlineData("1 234.567", "bedrag.gemengd")]
    [InlineData("1234.567", "bedrag.groepering")]
    [InlineData("85.0000", "bedrag.groepering")]
    [InlineData("1.23.456", "bedrag.groepering")]
    [InlineData("85 00", "bedrag.groepering")]
    [InlineData("-85", "bedrag.negatief")]
    [InlineData("- 85.000", "bedrag.negatief")]
    [InlineData("€ -85", "bedrag.negatief")]
    [InlineData("−85", "bedrag.negatief")]
    [InlineData("0", "bedrag.nul")]
    [InlineData("0,00", "bedrag.nul")]
    [InlineData("€ 0", "bedrag.nul")]
    [InlineData("0k", "bedrag.nul")]
    [InlineData("1.000.000.000,01", "bedrag.te-groot")]
    [InlineData("1.000.001k", "bedrag.te-groot")]
    [InlineData("2000000000", "bedrag.te-groot")]
    [InlineData("99999999999999999999999999999999", "bedrag.te-groot")]
    [InlineData("85,123", "bedrag.te-veel-decimalen")]
    [InlineData("85,000", "bedrag.te-veel-decimalen")]
    [InlineData("1,2345k", "bedrag.te-veel-decimalen")]
    [InlineData("abc", "bedrag.onleesbaar")]
    [InlineData("85 euro of zo", "bedrag.onleesbaar")]
    [InlineData("1e5", "bedrag.onleesbaar")]
    [InlineData("85,", "bedrag.onleesbaar")]
    [InlineData(",50", "bedrag.onleesbaar")]
    [InlineData("12-3", "bedrag.onleesbaar")]
    [InlineData("€", "bedrag.onleesbaar")]
    [InlineData("k", "bedrag.onleesbaar")]
    [InlineData("85.000 incl. btw", "bedrag.incl-btw")]
    public void Parse_InvalidInput_RejectsWithCode(string? input, string code)
    {
        var result = AmountParser.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Message));
    }

    [Theory]
    [InlineData("85.50", "85,50")]
    [InlineData("85.5", "85,5")]
    [InlineData("1.234.56", "1.234,56")]
    [InlineData("1.5k", "1,5k")]
    [InlineData("85 000.50", "85 000,50")]
    public void Parse_DotWithOneOrTwoDigits_RejectsAsAmbiguousSuggestingComma(string input, string suggestion)
    {
        var rejection = AmountParser.Parse(input).Rejection!;

        Assert.Equal("bedrag.punt-dubbelzinnig", rejection.Code);
        Assert.Contains(suggestion, rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("85,000", true)]
    [InlineData("85,1234", false)]
    [InlineData("1.234,567", false)]
    public void Parse_ThreeDecimals_SuggestsThousandsOnlyWhenPlausible(string input, bool suggestsDot)
    {
        var message = AmountParser.Parse(input).Rejection!.Message;

        Assert.Equal(suggestsDot, message.Contains("Schrijf dan 85.000", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OverMaximum_MessageNamesTheMaximum()
    {
        Assert.Contains("€ 1.000.000.000,00", AmountParser.Parse("5.000.000.000").Rejection!.Message, StringComparison.Ordinal);
    }
}
