using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Cli.Decisions;

/// <summary><c>decisions export</c>: the register as CSV or Markdown, newest first per stuurgroep.</summary>
internal static class DecisionExportCommand
{
    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(0, "decisions export --format csv|md [--stuurgroep <id>] [--scope intern|publiek]");
        var format = arguments.Option("format");
        if (format is not ("csv" or "md"))
        {
            throw new CliUsageException(CliTexts.ChooseExportFormat);
        }

        var scope = RegisterScopes.Parse(arguments.Option("scope") ?? "intern")
            ?? throw new CliUsageException("Onbekende scope. Beschikbaar: intern, publiek.");
        return CliHost.Run(async () =>
        {
            await using var host = CliHost.Build();
            var entries = await host.Services.GetRequiredService<IDecisionRegisterReader>().AllAsync(arguments.Option("stuurgroep"), scope, CancellationToken.None);
            invocation.Out.Write(format == "csv" ? RegisterExport.ToCsv(entries) : RegisterExport.ToMarkdown(entries));
            return CliExitCodes.Success;
        });
    }
}
