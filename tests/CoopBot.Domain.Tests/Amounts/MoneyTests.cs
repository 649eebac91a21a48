using CoopBot.Domain.Amounts;

namespace CoopBot.Domain.Tests.Amounts;

public class MoneyTests
{
    [Theory]
    [InlineData(8_500_000L, "€ 85.000,00")]
    [InlineData(8_500_050L, "€ 85.000,50")]
    [InlineData(1L, "€ 0,01")]
    [InlineData(0L, "€ 0,00")]
    [InlineData(99_999L, "€ 999,99")]
    [InlineData(100_000_000_000L, "€ 1.000.000.000,00")]
    [InlineData(-500L, "€ -5,00")]
    public void ToString_Cents_FormatsNlBe(long cents, string expected)
    {
        Assert.Equal(expected, Money.FromCents(cents).ToString());
    }

    [Fact]
    public void ToStringExclVat_Amount_AppendsVatRemark()
    {
        Assert.Equal("€ 85.000,00 excl. btw", Money.FromCents(8_500_000).ToStringExclVat());
    }

    [Theory]
    [InlineData("85000", 8_500_000L)]
    [InlineData("0.01", 1L)]
    [InlineData("50000.01", 5_000_001L)]
    [InlineData("12.5", 1_250L)]
    [InlineData("-3.10", -310L)]
    public void FromEuros_AtMostTwoDecimals_ConvertsToCents(string euros, long cents)
    {
        Assert.Equal(cents, Money.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)).Cents);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("85000.505")]
    public void FromEuros_MoreThanTwoDecimals_Throws(string euros)
    {
        Assert.Throws<ArgumentException>(() => Money.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(100L, 99L, 1)]
    [InlineData(99L, 100L, -1)]
    [InlineData(100L, 100L, 0)]
    public void CompareTo_TwoAmounts_OrdersByCents(long left, long right, int expectedSign)
    {
        Assert.Equal(expectedSign, Math.Sign(Money.FromCents(left).CompareTo(Money.FromCents(right))));
        Assert.Equal(expectedSign > 0, Money.FromCents(left) > Money.FromCents(right));
        Assert.Equal(expectedSign <= 0, Money.FromCents(left) <= Money.FromCents(right));
    }

    [Fact]
    public void Operators_AddAndSubtract_WorkInCents()
    {
        var sum = Money.FromCents(150) + Money.FromCents(275);
        Assert.Equal(425, sum.Cents);
        Assert.Equal(-125, (Money.FromCents(150) - Money.FromCents(275)).Cents);
        Assert.Equal(4.25m, sum.Euros);
    }

    [Fact]
    public void Equality_SameCents_AreEqual()
    {
        Assert.Equal(Money.FromEuros(85_000m), Money.FromCents(8_500_000));
        Assert.NotEqual(Money.FromCents(1), Money.Zero);
    }
}
