using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;

namespace CoopBot.Domain.Tests.Escalation;

public class EscalationThresholdsTests
{
    [Theory]
    [InlineData(1L, EscalationTier.StuurgroepAlone)]
    [InlineData(4_999_999L, EscalationTier.StuurgroepAlone)]
    [InlineData(5_000_000L, EscalationTier.StuurgroepAlone)]
    [InlineData(5_000_001L, EscalationTier.Directie)]
    [InlineData(8_500_000L, EscalationTier.Directie)]
    [InlineData(8_500_001L, EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData(20_900_000L, EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData(20_900_001L, EscalationTier.RaadVanBestuur)]
    [InlineData(100_000_000_000L, EscalationTier.RaadVanBestuur)]
    public void TierFor_DefaultThresholds_EscalatesOnlyStrictlyAbove(long cents, EscalationTier expected)
    {
        Assert.Equal(expected, EscalationThresholds.Default.TierFor(Money.FromCents(cents)));
    }

    [Fact]
    public void TierFor_Zero_StaysWithStuurgroep()
    {
        Assert.Equal(EscalationTier.StuurgroepAlone, EscalationThresholds.Default.TierFor(Money.Zero));
    }

    [Fact]
    public void TierFor_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationThresholds.Default.TierFor(Money.FromCents(-1)));
    }

    [Theory]
    [InlineData(1_000L, EscalationTier.StuurgroepAlone)]
    [InlineData(1_001L, EscalationTier.Directie)]
    [InlineData(2_001L, EscalationTier.FinancieelComiteEnVoorzitter)]
    [InlineData(3_001L, EscalationTier.RaadVanBestuur)]
    public void TierFor_ConfiguredThresholds_UsesThem(long cents, EscalationTier expected)
    {
        var thresholds = EscalationThresholds.Create(Money.FromCents(1_000), Money.FromCents(2_000), Money.FromCents(3_000)).Value!;

        Assert.Equal(expected, thresholds.TierFor(Money.FromCents(cents)));
    }

    [Theory]
    [InlineData(0L, 2L, 3L)]
    [InlineData(-1L, 2L, 3L)]
    [InlineData(2L, 2L, 3L)]
    [InlineData(1L, 3L, 3L)]
    [InlineData(3L, 2L, 1L)]
    public void Create_NotPositiveOrNotAscending_Rejects(long directie, long committee, long board)
    {
        var result = EscalationThresholds.Create(Money.FromCents(directie), Money.FromCents(committee), Money.FromCents(board));

        Assert.Equal("escalatie.drempels-ongeldig", result.Rejection?.Code);
    }

    [Fact]
    public void Default_HoldsSeedAmounts()
    {
        var defaults = EscalationThresholds.Default;

        Assert.Equal((5_000_000L, 8_500_000L, 20_900_000L), (defaults.Directie.Cents, defaults.FinancieelComiteEnVoorzitter.Cents, defaults.RaadVanBestuur.Cents));
    }
}
