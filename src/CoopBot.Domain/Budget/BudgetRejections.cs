using CoopBot.Domain.Common;

namespace CoopBot.Domain.Budget;

/// <summary>Why a budget rule refused: stable codes with the Dutch sentence for the user.</summary>
public static class BudgetRejections
{
    public static Rejection ChairMustAcknowledge(BudgetCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new(
            "budget.overschrijding-niet-erkend",
            $"Dit voorstel overschrijdt de deelbegroting met {check.Shortfall.ToStringExclVat()} (nog beschikbaar: {check.Remaining}). "
            + "De voorzitter moet die overschrijding eerst erkennen voor de stemming kan openen.");
    }
}
