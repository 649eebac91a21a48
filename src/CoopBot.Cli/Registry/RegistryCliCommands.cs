using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Registry.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Cli.Registry;

/// <summary>Registers "registry import", "registry export" and "registry check-teams".</summary>
internal static class RegistryCliCommands
{
    public static void Register(CliCommands commands, Func<RegistryCliContext>? context = null)
    {
        context ??= RegistryCliContext.FromEnvironment;
        commands.Add(new CliCommand(
            "registry import", "<bestand.csv>",
            "Importeer organisaties, personen of zitjes (soort volgt uit de kopregel). Eerst wordt alles gecontroleerd; bij één fout wordt niets geïmporteerd.",
            "Import organisations, persons or seats (kind from the header). Everything is validated first; one error imports nothing.",
            [], [], i => Run(context, i, ImportAsync)));
        commands.Add(new CliCommand(
            "registry export", "[--out <map>]",
            "Schrijf organisations.csv, persons.csv en seats.csv in het importformaat (standaard in de huidige map).",
            "Write organisations.csv, persons.csv and seats.csv in the import format (default: current directory).",
            ["out"], [], i => Run(context, i, ExportAsync)));
        commands.Add(new CliCommand(
            "registry check-teams", string.Empty,
            "Vergelijk per stuurgroep het team in Teams (Microsoft Graph) met de zitjes; verandert niets.",
            "Compare each stuurgroep's Teams team (Microsoft Graph) with its seats; changes nothing.",
            [], [], i => Run(context, i, CheckTeamsAsync)));
    }

    private static int Run(Func<RegistryCliContext> context, CliInvocation invocation, Func<IServiceProvider, CliInvocation, Task<int>> command)
    {
        using var services = context().BuildServices();
        return command(services, invocation).GetAwaiter().GetResult();
    }

    private static async Task<int> ImportAsync(IServiceProvider services, CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(1, "registry import <bestand.csv>");
        var path = invocation.Arguments.Positional[0];
        if (!File.Exists(path))
        {
            await invocation.Error.WriteLineAsync(CliTexts.FileNotFound(path));
            return CliExitCodes.Failure;
        }

        var report = await services.GetRequiredService<RegistryImport>().ImportAsync(await File.ReadAllTextAsync(path), CancellationToken.None);
        foreach (var error in report.Errors)
        {
            await invocation.Out.WriteLineAsync(CliTexts.ImportError(error));
        }

        await invocation.Out.WriteLineAsync(report.Applied
            ? CliTexts.Imported(report.Rows, report.Kind, path)
            : CliTexts.NothingImported(report.Errors.Count, report.Rows, report.Kind));
        return report.Applied ? CliExitCodes.Success : CliExitCodes.Failure;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(0, "registry export [--out <map>]");
        var folder = invocation.Arguments.Option("out") ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(folder);
        var (organisations, persons, seats) = await services.GetRequiredService<RegistryExport>().ExportAsync(CancellationToken.None);
        foreach (var (name, content) in new[] { ("organisations.csv", organisations), ("persons.csv", persons), ("seats.csv", seats) })
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllTextAsync(path, content);
            await invocation.Out.WriteLineAsync($"{path}: {content.Count(c => c == '\n') - 1} rijen");
        }

        return CliExitCodes.Success;
    }

    private static async Task<int> CheckTeamsAsync(IServiceProvider services, CliInvocation invocation)
    {
        invocation.Arguments.ExpectPositional(0, "registry check-teams");
        var directory = services.GetRequiredService<IMembershipDirectory>();
        var roster = services.GetRequiredService<GraphTeamRoster>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var differences = 0;
        foreach (var group in await directory.GetSteeringGroupsAsync(CancellationToken.None))
        {
            if (group.Teams?.AadGroupId is not { Length: > 0 } teamGroupId)
            {
                await invocation.Out.WriteLineAsync($"{group.Name}: geen team gekoppeld (de AAD group id van het team ontbreekt).");
                continue;
            }

            var members = await roster.MembersAsync(teamGroupId, CancellationToken.None);
            var seats = await directory.GetSeatsAsync(group.Id, CancellationToken.None);
            var difference = TeamRosterCheck.Compare(group.Id, seats.Select(s => s.Seat), members.Select(m => m.AadObjectId), now);
            await invocation.Out.WriteLineAsync($"{group.Name} (team {teamGroupId}): {(difference.IsInSync ? "in orde" : "verschillen")}");
            foreach (var id in difference.InTeamWithoutSeat)
            {
                var name = members.First(m => string.Equals(m.AadObjectId, id, StringComparison.OrdinalIgnoreCase)).Name;
                await invocation.Out.WriteLineAsync(CliTexts.InTeamWithoutSeat(name, id));
            }

            foreach (var seat in difference.SeatedNotInTeam)
            {
                var name = seats.First(s => s.Seat.Id == seat.Id).Name;
                await invocation.Out.WriteLineAsync(CliTexts.SeatedNotInTeam(name, seat.PersonId));
            }

            differences += difference.InTeamWithoutSeat.Count + difference.SeatedNotInTeam.Count;
        }

        return differences == 0 ? CliExitCodes.Success : CliExitCodes.Failure;
    }
}
