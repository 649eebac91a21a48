using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;

namespace CoopBot.Domain.Budget;

/// <summary>A proposal's amount as the budget sees it.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="SteeringGroupId">The stuurgroep whose deelbegroting pays.</param>
/// <param name="Year">The budget year it is charged to.</param>
/// <param name="Amount">The amount, excl. btw.</param>
/// <param name="Status">Its escalation status.</param>
public sealed record BudgetCommitment(string ProposalId, string SteeringGroupId, int Year, Money Amount, EscalationStatus Status)
{
    /// <summary>
    /// Approved commitments (still waiting for confirmation) and final ones take budget; a waiting one is reserved so two
    /// proposals cannot both spend the same money. Concept, voting, rejected and refused ones do not.
    /// </summary>
    public bool Counts => Status is EscalationStatus.GoedgekeurdWachtOpBevestiging or EscalationStatus.Definitief;
}
