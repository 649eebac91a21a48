using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;

namespace CoopBot.Domain.Tests.Budget;

public class BudgetCheckTests
{
    [Theory]
    [InlineData(1L, 10_000L, false, 0L)]
    [InlineData(9_999L, 10_000L, false, 0L)]
    [InlineData(10_000L, 10_000L, false, 0L)]
    [InlineData(10_001L, 10_000L, true, 1L)]
    [InlineData(25_000L, 10_000L, true, 15_000L)]
    [InlineData(5_000L, 0L, true, 5_000L)]
    [InlineData(5_000L, -2_000L, true, 5_000L)]
    public void Check_AmountAgainstRemaining_GivesShortfall(long amount, long remaining, bool exceeds, long shortfall)
    {
        var check = BudgetCheck.Check(Money.FromCents(amount), Money.FromCents(remaining));

        Assert.Equal((exceeds, shortfall), (check.Exceeds, check.Shortfall.Cents));
    }

    [Theory]
    [InlineData(10_000L, false, true)]
    [InlineData(10_000L, true, true)]
    [InlineData(10_001L, true, true)]
    [InlineData(10_001L, false, false)]
    public void CanOpenVote_OverBudget_NeedsChairAcknowledgement(long amount, bool acknowledged, bool canOpen)
    {
        var check = BudgetCheck.Check(Money.FromCents(amount), Money.FromCents(10_000));

        var result = BudgetCheck.CanOpenVote(check, acknowledged);

        Assert.Equal(canOpen, result.IsSuccess);
        Assert.Equal(canOpen ? null : "budget.overschrijding-niet-erkend", result.Rejection?.Code);
    }

    [Fact]
    public void CanOpenVote_Refused_MessageNamesShortfallAndRemaining()
    {
        var check = BudgetCheck.Check(Money.FromEuros(60_000m), Money.FromEuros(45_000m));

        var message = BudgetCheck.CanOpenVote(check, chairAcknowledged: false).Rejection!.Message;

        Assert.Contains("€ 15.000,00 excl. btw", message, StringComparison.Ordinal);
        Assert.Contains("€ 45.000,00", message, StringComparison.Ordinal);
    }
}
