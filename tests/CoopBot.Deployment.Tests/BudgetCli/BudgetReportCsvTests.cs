using CoopBot.Budget.Contracts;
using CoopBot.Cli;
using CoopBot.Cli.Budget;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Domain.Escalation;

namespace CoopBot.Deployment.Tests.BudgetCli;

/// <summary>The admin CLI's budget commands: the CSV shape of "budget report" and the command table entries.</summary>
public class BudgetReportCsvTests
{
    [Fact]
    public void ToCsv_OneRowPerCommitment_WithTotalsAndNeutralisedTitles()
    {
        var budget = new SubBudget("basisinfrastructuur", 2026, Money.FromEuros(100_000m));
        var lines = new List<BudgetLine>
        {
            new(new BudgetCommitment("p1", "basisinfrastructuur", 2026, Money.FromEuros(60_000m), EscalationStatus.Definitief), "=HYPERLINK(\"x\")", CommitmentKind.Bestelling, false),
            new(new BudgetCommitment("p2", "basisinfrastructuur", 2026, Money.FromEuros(50_000.5m), EscalationStatus.GoedgekeurdWachtOpBevestiging), "Servers, fase 2", CommitmentKind.FinancieleVerbintenis, true),
        };
        var report = new[] { new BudgetStatus("basisinfrastructuur", 2026, budget, lines), new BudgetStatus("beleven", 2027, null, []) };

        var csv = BudgetCommands.ToCsv(report).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
        [
            "stuurgroep,jaar,deelbegroting,vastgelegd,gereserveerd,resterend,voorstel,titel,soort,bedrag,status",
            "basisinfrastructuur,2026,100000.00,60000.00,50000.50,-10000.50,p1,\"'=HYPERLINK(\"\"x\"\")\",Bestelling,60000.00,Definitief",
            "basisinfrastructuur,2026,100000.00,60000.00,50000.50,-10000.50,p2,\"Servers, fase 2\",Financiële verbintenis,50000.50,GoedgekeurdWachtOpBevestiging",
            "beleven,2027,,0.00,0.00,,,,,,",
        ], csv);
    }

    [Theory]
    [InlineData("budget set")]
    [InlineData("budget report")]
    public void CommandTable_HasTheBudgetCommands(string name)
    {
        Assert.Contains(CliCommands.CreateDefault().All, c => c.Name == name);
    }
}
