using CoopBot.Budget.Contracts;
using CoopBot.Cards;
using CoopBot.Domain.Escalation;

namespace CoopBot.Budget;

/// <summary>The "begroting" card: the stuurgroep's deelbegroting for the year, what is committed and reserved, and what remains.</summary>
internal static class BudgetCards
{
    public const int MaxLines = 20;

    public static AdaptiveCard Status(string steeringGroupName, BudgetStatus status)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(BudgetTexts.Heading(status.Year)),
            new TextBlock(CardText.Literal(steeringGroupName)) { IsSubtle = true, Spacing = Spacing.None });
        // Issue 16 §3: the four figures always; without a deelbegroting the card says so and whom to ask.
        card.AddBody(
            new FactSet(
                new Fact(BudgetTexts.BudgetLabel, status.Budget is { } budget ? budget.Amount.ToStringExclVat() : BudgetTexts.NotSet),
                new Fact(BudgetTexts.CommittedLabel, status.Committed.ToString()),
                new Fact(BudgetTexts.ReservedLabel, status.Reserved.ToString()),
                new Fact(BudgetTexts.RemainingLabel, status.Remaining is { } remaining ? remaining.ToString() : BudgetTexts.NotSet)),
            new TextBlock(status.Budget is null ? BudgetTexts.NoBudget : BudgetTexts.Explanation) { IsSubtle = true, Wrap = true });

        // Confidential commitments count in the totals but are never listed: this card is visible to the whole channel.
        var counted = status.Lines.Where(l => l.Commitment.Counts).ToList();
        var listed = counted.Where(l => !l.Confidential).Take(MaxLines).ToList();
        if (listed.Count > 0)
        {
            card.AddBody(new FactSet(listed.Select(l => new Fact(
                CardText.Literal(l.Title, 80), BudgetTexts.CommitmentLine($"{l.Commitment.Amount}", StatusText(l.Commitment.Status))))) { Separator = true });
        }

        var hidden = counted.Count(l => l.Confidential);
        if (hidden > 0)
        {
            card.AddBody(new TextBlock(BudgetTexts.HiddenCommitments(hidden)) { IsSubtle = true });
        }

        return card;
    }

    private static string StatusText(EscalationStatus status) =>
        status == EscalationStatus.Definitief ? BudgetTexts.StatusFinal : BudgetTexts.StatusWaiting;
}
