using System.Globalization;
using System.Text;
using CoopBot.Budget;
using CoopBot.Budget.Contracts;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;
using CoopBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopBot.Cli.Budget;

/// <summary>
/// <c>budget set</c> and <c>budget report</c>: the deelbegroting per stuurgroep and year, through the bot's own
/// <see cref="BudgetService"/> on the same storage configuration (appsettings.json, Storage__ConnectionString).
/// </summary>
internal static class BudgetCommands
{
    private static readonly string[] Columns =
        ["stuurgroep", "jaar", "deelbegroting", "vastgelegd", "gereserveerd", "resterend", "voorstel", "titel", "soort", "bedrag", "status"];

    public static void Register(CliCommands commands)
    {
        commands.Add(new CliCommand(
            "budget set", "<stuurgroep> <jaar> <bedrag>",
            "Stel de deelbegroting van een stuurgroep voor een jaar in (bedrag in € excl. btw, bijvoorbeeld 250.000).",
            "Set a stuurgroep's sub-budget for a year (amount in € excl. VAT, e.g. 250.000).",
            [], [], Set));
        commands.Add(new CliCommand(
            "budget report", string.Empty,
            "De verbintenissen per stuurgroep en jaar als CSV, met deelbegroting, vastgelegd, gereserveerd en resterend.",
            "Commitments per stuurgroep and year as CSV, with sub-budget, committed, reserved and remaining.",
            [], [], Report));
    }

    private static int Set(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(3, "budget set <stuurgroep> <jaar> <bedrag>");
        if (!int.TryParse(arguments.Positional[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new CliUsageException(CliTexts.YearIsANumber);
        }

        return Run(async services =>
        {
            var set = await services.GetRequiredService<BudgetService>().SetAsync(arguments.Positional[0], year, arguments.Positional[2], CancellationToken.None);
            if (!set.IsSuccess)
            {
                await invocation.Error.WriteLineAsync(set.Rejection.Message);
                return CliExitCodes.Failure;
            }

            await invocation.Out.WriteLineAsync(CliTexts.BudgetSet(set.Value.Year, set.Value.SteeringGroupId, set.Value.Amount.ToStringExclVat()));
            return CliExitCodes.Success;
        });
    }

    private static int Report(CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(0, "budget report");
        return Run(async services =>
        {
            var report = await services.GetRequiredService<BudgetService>().ReportAsync(CancellationToken.None);
            await invocation.Out.WriteAsync(ToCsv(report));
            return CliExitCodes.Success;
        });
    }

    /// <summary>One row per commitment (none: one row for the stuurgroep and year); amounts in euros with a decimal point.</summary>
    public static string ToCsv(IEnumerable<BudgetStatus> report)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', Columns));
        foreach (var status in report)
        {
            string[] totals =
            [
                status.SteeringGroupId, status.Year.ToString(CultureInfo.InvariantCulture), Euros(status.Budget?.Amount),
                Euros(status.Committed), Euros(status.Reserved), Euros(status.Remaining),
            ];
            var lines = status.Lines.Count == 0 ? [null] : status.Lines.Cast<BudgetLine?>();
            foreach (var line in lines)
            {
                string[] cells = line is null
                    ? ["", "", "", "", ""]
                    : [line.Commitment.ProposalId, Text(line.Title), EscalationNames.DisplayName(line.Kind), Euros(line.Commitment.Amount), line.Commitment.Status.ToString()];
                csv.AppendLine(string.Join(',', totals.Concat(cells).Select(CsvCell)));
            }
        }

        return csv.ToString();
    }

    private static string Euros(Money? amount) => amount?.Euros.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    // A title starting with =, +, - or @ is neutralised so a spreadsheet never runs it as a formula (amounts stay numbers).
    private static string Text(string value) => value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    // Quote per RFC 4180.
    private static string CsvCell(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    // The bot's own service graph without running it (no background jobs), as the other host-backed commands do.
    private static int Run(Func<IServiceProvider, Task<int>> body) => Task.Run(async () =>
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddCoopBot();
        await using var host = builder.Build();
        return await body(host.Services);
    }).GetAwaiter().GetResult();
}
