using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;

namespace CoopBot.Domain.Tests.Escalation;

/// <summary>Seed 002 boundaries as people type them: exactly at a threshold stays, one cent above escalates.</summary>
public class TypedAmountTierTests
{
    [Theory]
    [InlineData("50.000", EscalationTier.StuurgroepAlone)]
    [InlineData("50.000,00", EscalationTier.StuurgroepAlone)]
    [InlineData("50.000,01", EscalationTier.Directie)]
    [InlineData("50k", EscalationTier.StuurgroepAlone)]
    [InlineData("85 000", EscalationTier.Directie)]
    [InlineData("€ 85.000,00", EscalationTier.Directie)]
    [InlineData("85000,01", EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData("120.000", EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData("209.000,00", EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData("209k", EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData("209.000,01", EscalationTier.RaadVanBestuur)]
    [InlineData("1.000.000.000", EscalationTier.RaadVanBestuur)]
    public void ParseThenTier_AtEveryBoundary_EscalatesOnlyStrictlyAbove(string typed, EscalationTier expected)
    {
        var amount = AmountParser.Parse(typed);

        Assert.True(amount.IsSuccess, amount.Rejection?.Message);
        Assert.Equal(expected, EscalationThresholds.Default.TierFor(amount.Value));
    }

    [Theory]
    [InlineData("1,234.56 1.234,56")]
    [InlineData("1,234.56")]
    [InlineData("-85.000")]
    [InlineData("1.000.000.000,01")]
    [InlineData("85.000,505")]
    public void Parse_RejectedInput_NeverReachesATier(string typed)
    {
        var amount = AmountParser.Parse(typed);

        Assert.False(amount.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(amount.Rejection.Message));
    }
}
