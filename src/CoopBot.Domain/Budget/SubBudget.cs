using CoopBot.Domain.Amounts;

namespace CoopBot.Domain.Budget;

/// <summary>
/// A stuurgroep's deelbegroting for one calendar year (seed 002: the stuurgroep approves commitments
/// "binnen de afgesproken deelbegroting").
/// </summary>
/// <param name="SteeringGroupId">The stuurgroep.</param>
/// <param name="Year">The budget year.</param>
/// <param name="Amount">The agreed amount, excl. btw.</param>
public sealed record SubBudget(string SteeringGroupId, int Year, Money Amount)
{
    /// <summary>
    /// Budget minus the commitments of the same stuurgroep and year that count (see <see cref="BudgetCommitment.Counts"/>).
    /// Negative when the budget is already overspent.
    /// </summary>
    public Money Remaining(IEnumerable<BudgetCommitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        return commitments
            .Where(c => c.Counts && c.Year == Year && string.Equals(c.SteeringGroupId, SteeringGroupId, StringComparison.Ordinal))
            .Aggregate(Amount, (remaining, c) => remaining - c.Amount);
    }
}
