using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;

namespace CoopBot.Budget.Contracts;

/// <summary>One commitment as the budget shows it: the proposal, its title and whether it takes budget.</summary>
public sealed record BudgetLine(BudgetCommitment Commitment, string Title, CommitmentKind Kind, bool Confidential);

/// <summary>A stuurgroep's deelbegroting for a year with what is committed (final), reserved (waiting for confirmation) and left.</summary>
public sealed record BudgetStatus(string SteeringGroupId, int Year, SubBudget? Budget, IReadOnlyList<BudgetLine> Lines)
{
    public Money Committed => Sum(EscalationStatus.Definitief);

    public Money Reserved => Sum(EscalationStatus.GoedgekeurdWachtOpBevestiging);

    /// <summary>What remains by the domain rule (<see cref="SubBudget.Remaining"/>); null without a deelbegroting.</summary>
    public Money? Remaining => Budget?.Remaining(Lines.Select(l => l.Commitment));

    private Money Sum(EscalationStatus status) =>
        Lines.Where(l => l.Commitment.Status == status).Aggregate(Money.Zero, (sum, l) => sum + l.Commitment.Amount);
}

/// <summary>The budget years a deelbegroting can be set for.</summary>
public static class BudgetYears
{
    public const int Min = 2000;
    public const int Max = 2100;
}

/// <summary>The deelbegroting per stuurgroep and year, as other features read and set it (the escalation's budget check, the tab).</summary>
public interface IBudgets
{
    /// <summary>The budget year of a moment: the calendar year in the users' time zone.</summary>
    int YearOf(DateTimeOffset at);

    Task<BudgetStatus> GetStatusAsync(string steeringGroupId, int year, CancellationToken ct);

    /// <summary>Sets the deelbegroting; refused (nothing written) for an unknown stuurgroep, a year outside <see cref="BudgetYears"/> or a bad amount.</summary>
    Task<Result<SubBudget>> SetAsync(string steeringGroupId, int year, string? amountText, CancellationToken ct);
}

/// <summary>A claim on a deelbegroting: a proposal with an amount, its escalation status, its kind, and whether it is confidential.</summary>
public sealed record BudgetClaim(BudgetCommitment Commitment, CommitmentKind Kind, bool Confidential);

/// <summary>
/// Where the deelbegroting's commitments come from: the escalations of proposals with an amount. Implemented by the
/// escalation feature, so the budget depends on no other feature's internals.
/// </summary>
public interface IBudgetClaims
{
    /// <summary>Every claim, optionally of one stuurgroep.</summary>
    Task<IReadOnlyList<BudgetClaim>> ListAsync(string? steeringGroupId, CancellationToken ct);
}
