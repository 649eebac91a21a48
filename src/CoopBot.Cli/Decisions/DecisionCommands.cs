namespace CoopBot.Cli.Decisions;

/// <summary>Registers the decision commands in the CLI table.</summary>
internal static class DecisionCommands
{
    public static void Register(CliCommands commands)
    {
        commands.Add(new CliCommand(
            "decisions export", "--format csv|md [--stuurgroep <id>] [--scope intern|publiek]",
            "Exporteer het besluitenregister als CSV of Markdown (alle stuurgroepen of één). Scope: intern (de enige, voorlopig).",
            "Export the decision register as CSV or Markdown (all stuurgroepen or one). Scope: intern (the only one, for now).",
            ["format", "stuurgroep", "scope"], [], DecisionExportCommand.Run));
        commands.Add(new CliCommand(
            "decisions history", "<id|referentie>",
            "Toon de auditgeschiedenis van één beslissing (anonieme beslissingen: nooit wie wat koos).",
            "Print the audit history of one decision (anonymous decisions: never who chose what).",
            [], [], DecisionHistoryCommand.Run));
        commands.Add(new CliCommand(
            "decisions bench", "[--seconds 10] [--voters 50] [--rate 100] [--ballots 5000]",
            "Meet stemmen/s via POST /api/messages, ruwe upserts/s, hun verhouding, p50/p99, open-loop p99 en de telling van 5.000 stemmen. Vereist Azurite.",
            "Measure votes/s through POST /api/messages, raw upserts/s, their ratio, p50/p99, open-loop p99 and the 5,000-ballot count. Needs Azurite.",
            ["seconds", "voters", "rate", "ballots"], [], DecisionBenchCommand.Run));
    }
}
