using CoopBot.Budget.Contracts;
using CoopBot.Domain.Budget;
using CoopBot.Escalation.Contracts;

namespace CoopBot.Escalation;

/// <summary>
/// Read models of the stored escalations for other features: the overview (the tab) and the claims on the
/// deelbegroting (the budget, which so depends on no escalation internals).
/// </summary>
internal sealed class EscalationReads(EscalationStore store) : IEscalationOverview, IBudgetClaims
{
    public async Task<EscalationSummary?> FindAsync(string pollId, CancellationToken ct) =>
        await store.GetAsync(pollId, ct) is { } found ? Summary(found.Record) : null;

    public async Task<IReadOnlyList<EscalationStep>> GetHistoryAsync(string pollId, CancellationToken ct) =>
        (await store.GetHistoryAsync(pollId, ct)).Select(e => new EscalationStep(e.Type, e.ActorName, e.At, e.Body, e.Reason)).ToList();

    async Task<IReadOnlyList<EscalationSummary>> IEscalationOverview.ListAsync(string? steeringGroupId, CancellationToken ct) =>
        (await store.ListAsync(steeringGroupId, ct)).Select(Summary).ToList();

    async Task<IReadOnlyList<BudgetClaim>> IBudgetClaims.ListAsync(string? steeringGroupId, CancellationToken ct) =>
        (await store.ListAsync(steeringGroupId, ct))
            .Select(r => new BudgetClaim(new BudgetCommitment(r.PollId, r.SteeringGroupId, r.Year, r.State.Amount, r.State.Status), r.State.Kind, r.Confidential))
            .ToList();

    private static EscalationSummary Summary(EscalationRecord record) => new(record.State, record.SteeringGroupId, record.Year, record.Confidential);
}
