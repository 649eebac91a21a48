namespace CoopBot.Cli.Tab;

/// <summary>Registers the tab commands in the CLI table.</summary>
internal static class TabCommands
{
    public static void Register(CliCommands commands) =>
        commands.Add(new CliCommand(
            "tab bench", "[--decisions 10000] [--requests 100]",
            "Meet de registerpagina van de tab (p50/p95) en de CSV-export met 10.000 besluiten over 4 stuurgroepen en 10 jaar. Vereist Azurite.",
            "Measure the tab's register page (p50/p95) and the CSV export with 10,000 decisions over 4 stuurgroepen and 10 years. Needs Azurite.",
            ["decisions", "requests"], [], TabBenchCommand.Run));
}
