using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Domain.Escalation;

namespace CoopBot.Domain.Tests.Budget;

public class SubBudgetTests
{
    private static readonly SubBudget Budget2025 = new("beleven", 2025, Money.FromEuros(100_000m));

    private static BudgetCommitment Commitment(long euros, EscalationStatus status, string group = "beleven", int year = 2025) =>
        new("p", group, year, Money.FromEuros(euros), status);

    [Theory]
    [InlineData(EscalationStatus.Concept, false)]
    [InlineData(EscalationStatus.Stemming, false)]
    [InlineData(EscalationStatus.GoedgekeurdWachtOpBevestiging, true)]
    [InlineData(EscalationStatus.Definitief, true)]
    [InlineData(EscalationStatus.Geweigerd, false)]
    [InlineData(EscalationStatus.Verworpen, false)]
    public void Counts_Status_OnlyApprovedOrFinal(EscalationStatus status, bool counts)
    {
        Assert.Equal(counts, Commitment(1, status).Counts);
    }

    [Fact]
    public void Remaining_NoCommitments_IsWholeBudget()
    {
        Assert.Equal(Money.FromEuros(100_000m), Budget2025.Remaining([]));
    }

    [Fact]
    public void Remaining_MixedCommitments_SubtractsOnlyCountingOnesOfSameGroupAndYear()
    {
        BudgetCommitment[] commitments =
        [
            Commitment(30_000, EscalationStatus.Definitief),
            Commitment(20_000, EscalationStatus.GoedgekeurdWachtOpBevestiging),
            Commitment(40_000, EscalationStatus.Stemming),
            Commitment(5_000, EscalationStatus.Geweigerd),
            Commitment(7_000, EscalationStatus.Definitief, group: "inspireren"),
            Commitment(9_000, EscalationStatus.Definitief, year: 2024),
        ];

        Assert.Equal(Money.FromEuros(50_000m), Budget2025.Remaining(commitments));
    }

    [Fact]
    public void Remaining_Overspent_IsNegative()
    {
        Assert.Equal(Money.FromEuros(-10_000m), Budget2025.Remaining([Commitment(110_000, EscalationStatus.Definitief)]));
    }
}
