namespace CoopBot.Cli.Faq;

/// <summary>Registers the FAQ commands in the CLI table.</summary>
internal static class FaqCommands
{
    public static void Register(CliCommands commands)
    {
        commands.Add(new CliCommand(
            "faq check", "[--file <kb.json>]",
            "Controleer de kennisbank: dubbele ids, lege antwoorden, onbekende vervolgvragen.",
            "Validate the knowledge base: duplicate ids, empty answers, unknown follow-ups.",
            ["file"], [], FaqCheckCommand.Run));
        commands.Add(new CliCommand(
            "faq eval", "<vragen.tsv> [--file <kb.json>] [--baseline]",
            "Evalueer op een TSV (question<TAB>expected): één JSON-regel per vraag en een samenvatting.",
            "Evaluate on a TSV (question<TAB>expected): one JSON line per question, then a summary.",
            ["file"], ["baseline"], FaqEvalCommand.Run));
        commands.Add(new CliCommand(
            "faq add-phrasing", "<id> \"<tekst>\" [--file <kb.json>] [--opslag]",
            "Voeg een formulering toe aan een entry (standaard de kennisbank in de repository; met --opslag in de opslag van de bot, zoals de knop op de ticketkaart).",
            "Add a phrasing to an entry (default: the knowledge base in the repository; with --opslag in the bot's storage, like the ticket card's button).",
            ["file"], ["opslag"], FaqAddPhrasingCommand.Run));
        commands.Add(new CliCommand(
            "faq bench", "[--questions 10000] [--builds 200] [--file <kb.json>]",
            "Meet de antwoordtijd (p50/p99) en de bouwtijd van de index; draai in Release.",
            "Measure answer latency (p50/p99) and index build time; run in Release.",
            ["questions", "builds", "file"], [], FaqBenchCommand.Run));
        commands.Add(new CliCommand(
            "faq calibrate", "<dev.tsv> [--file <kb.json>]",
            "Fit de betrouwbaarheid en de drempel op de ontwikkelset (nooit op de held-out set).",
            "Fit the confidence model and threshold on the development set (never on the held-out set).",
            ["file"], [], FaqCalibrateCommand.Run));
    }
}
