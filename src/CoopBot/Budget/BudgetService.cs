using CoopBot.Budget.Contracts;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Domain.Common;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Budget;

/// <summary>The deelbegroting per stuurgroep and year: set by the admin CLI, reduced by approved and confirmed commitments.</summary>
internal sealed class BudgetService(BudgetStore store, IBudgetClaims claims, IDecisionLookup decisions, IMembershipDirectory directory, TimeProvider clock) : IBudgets
{
    /// <summary>The budget year of a moment: the calendar year in the users' time zone.</summary>
    public int YearOf(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, decisions.TimeZone).Year;

    public async Task<Result<SubBudget>> SetAsync(string steeringGroupId, int year, string? amountText, CancellationToken ct)
    {
        if (await directory.FindSteeringGroupAsync(steeringGroupId, ct) is null)
        {
            return BudgetTexts.UnknownSteeringGroup(steeringGroupId);
        }

        if (year is < BudgetYears.Min or > BudgetYears.Max)
        {
            return BudgetTexts.InvalidYear;
        }

        var amount = AmountParser.Parse(amountText);
        if (!amount.IsSuccess)
        {
            return amount.Rejection;
        }

        var budget = new SubBudget(steeringGroupId, year, amount.Value);
        await store.SetAsync(budget, clock.GetUtcNow(), ct);
        return budget;
    }

    public async Task<BudgetStatus> GetStatusAsync(string steeringGroupId, int year, CancellationToken ct)
    {
        var budget = await store.GetAsync(steeringGroupId, year, ct);
        var all = await claims.ListAsync(steeringGroupId, ct);
        return new BudgetStatus(steeringGroupId, year, budget, await LinesAsync(all.Where(c => c.Commitment.Year == year), ct));
    }

    /// <summary>Checks an amount against what remains this year; null when the stuurgroep has no deelbegroting for the year.</summary>
    public async Task<BudgetCheckResult?> CheckAsync(string steeringGroupId, int year, Money amount, CancellationToken ct)
    {
        var status = await GetStatusAsync(steeringGroupId, year, ct);
        return status.Remaining is { } remaining ? BudgetCheck.Check(amount, remaining) : null;
    }

    /// <summary>Every stuurgroep and year with a deelbegroting or a commitment, for the CSV report.</summary>
    public async Task<IReadOnlyList<BudgetStatus>> ReportAsync(CancellationToken ct)
    {
        var budgets = await store.AllAsync(ct);
        var all = await claims.ListAsync(null, ct);
        var keys = budgets.Select(b => (b.SteeringGroupId, b.Year)).Concat(all.Select(c => (c.Commitment.SteeringGroupId, c.Commitment.Year))).Distinct()
            .OrderBy(k => k.SteeringGroupId, StringComparer.Ordinal).ThenBy(k => k.Year);
        var report = new List<BudgetStatus>();
        foreach (var (group, year) in keys)
        {
            var lines = await LinesAsync(all.Where(c => c.Commitment.SteeringGroupId == group && c.Commitment.Year == year), ct);
            report.Add(new BudgetStatus(group, year, budgets.FirstOrDefault(b => b.SteeringGroupId == group && b.Year == year), lines));
        }

        return report;
    }

    private async Task<IReadOnlyList<BudgetLine>> LinesAsync(IEnumerable<BudgetClaim> claimed, CancellationToken ct)
    {
        var lines = new List<BudgetLine>();
        foreach (var claim in claimed)
        {
            // A concept whose poll never opened (the creation failed after the draft) is no commitment.
            if (await decisions.FindAsync(claim.Commitment.ProposalId, ct) is not { } poll)
            {
                continue;
            }

            var title = poll.Definition.Title;
            lines.Add(new BudgetLine(claim.Commitment, title, claim.Kind, claim.Confidential));
        }

        return lines;
    }
}
