using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;

namespace CoopBot.Domain.Budget;

/// <summary>Whether an amount fits in what is left of the deelbegroting; the shortfall is zero when it fits.</summary>
/// <param name="Amount">The proposed amount.</param>
/// <param name="Remaining">What was left of the deelbegroting.</param>
/// <param name="Shortfall">How much is missing; <see cref="Money.Zero"/> when within budget.</param>
public sealed record BudgetCheckResult(Money Amount, Money Remaining, Money Shortfall)
{
    /// <summary>True when the amount does not fit.</summary>
    public bool Exceeds => Shortfall > Money.Zero;
}

/// <summary>The budget rules for a proposal with an amount.</summary>
public static class BudgetCheck
{
    /// <summary>An amount exactly equal to what remains is within budget.</summary>
    public static BudgetCheckResult Check(Money amount, Money remaining)
    {
        var shortfall = amount > remaining ? amount - Max(remaining, Money.Zero) : Money.Zero;
        return new BudgetCheckResult(amount, remaining, shortfall);
    }

    /// <summary>
    /// A proposal over the deelbegroting falls outside the stuurgroep's mandate (seed 002: "binnen de afgesproken
    /// deelbegroting"), so the vote opens only after the chair acknowledged the overrun.
    /// </summary>
    public static Result<BudgetCheckResult> CanOpenVote(BudgetCheckResult check, bool chairAcknowledged)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Exceeds && !chairAcknowledged
            ? BudgetRejections.ChairMustAcknowledge(check)
            : Result<BudgetCheckResult>.Success(check);
    }

    private static Money Max(Money a, Money b) => a > b ? a : b;
}
