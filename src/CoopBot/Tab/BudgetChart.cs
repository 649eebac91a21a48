using CoopBot.Budget.Contracts;
using CoopBot.Domain.Amounts;

namespace CoopBot.Tab;

/// <summary>The deelbegroting as a <see cref="TabBarChart"/>: budget, committed, reserved and available (the page prints the same figures as a table).</summary>
internal static class BudgetChart
{
    public static string Svg(string id, string groupName, BudgetStatus status) =>
        TabBarChart.Svg(id, TabTexts.BudgetChartTitle(groupName, status.Year), [.. Bars(status).Select(b => new ChartBar(b.Label, b.Amount.Cents, b.Amount.ToString(), b.Color))]);

    public static IReadOnlyList<(string Label, Money Amount, string Color)> Bars(BudgetStatus status) =>
    [
        (TabTexts.SubBudget, status.Budget?.Amount ?? Money.Zero, "#1f6f8b"),
        (TabTexts.Committed, status.Committed, "#5c2d91"),
        (TabTexts.Reserved, status.Reserved, "#8a5a00"),
        (TabTexts.Available, status.Remaining ?? Money.Zero, "#0b6a0b"),
    ];
}
