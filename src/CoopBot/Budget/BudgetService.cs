using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;
using CoopBot.Escalation;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Budget;

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

/// <summary>The deelbegroting per stuurgroep and year: set by the admin CLI, reduced by approved and confirmed commitments.</summary>
internal sealed class BudgetService(BudgetStore store, EscalationStore escalations, IDecisionLookup decisions, IMembershipDirectory directory, TimeProvider clock)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The budget year of a moment: the calendar year in the users' time zone.</summary>
    public int YearOf(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, decisions.TimeZone).Year;

    public async Task<Result<SubBudget>> SetAsync(string steeringGroupId, int year, string? amountText, CancellationToken ct)
    {
        if (await directory.FindSteeringGroupAsync(steeringGroupId, ct) is null)
        {
            return BudgetTexts.UnknownSteeringGroup(steeringGroupId);
        }

        if (year is < MinYear or > MaxYear)
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
        var records = await escalations.ListAsync(steeringGroupId, ct);
        return new BudgetStatus(steeringGroupId, year, budget, await LinesAsync(records.Where(r => r.Year == year), ct));
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
        var records = await escalations.ListAsync(null, ct);
        var keys = budgets.Select(b => (b.SteeringGroupId, b.Year)).Concat(records.Select(r => (r.SteeringGroupId, r.Year))).Distinct()
            .OrderBy(k => k.SteeringGroupId, StringComparer.Ordinal).ThenBy(k => k.Year);
        var report = new List<BudgetStatus>();
        foreach (var (group, year) in keys)
        {
            var lines = await LinesAsync(records.Where(r => r.SteeringGroupId == group && r.Year == year), ct);
            report.Add(new BudgetStatus(group, year, budgets.FirstOrDefault(b => b.SteeringGroupId == group && b.Year == year), lines));
        }

        return report;
    }

    private async Task<IReadOnlyList<BudgetLine>> LinesAsync(IEnumerable<EscalationRecord> records, CancellationToken ct)
    {
        var lines = new List<BudgetLine>();
        foreach (var record in records)
        {
            // A concept whose poll never opened (the creation failed after the draft) is no commitment.
            if (await decisions.FindAsync(record.PollId, ct) is not { } poll)
            {
                continue;
            }

            var title = poll.Definition.Title;
            var commitment = new BudgetCommitment(record.PollId, record.SteeringGroupId, record.Year, record.State.Amount, record.State.Status);
            lines.Add(new BudgetLine(commitment, title, record.State.Kind, record.Confidential));
        }

        return lines;
    }
}
