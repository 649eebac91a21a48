namespace CoopBot.Cli;

/// <summary>
/// Dutch (nl-BE) messages the CLI prints for the beheerder. The help table's Dutch and English columns stay with each
/// command's registration (<see cref="CliCommand"/>); the bots' own user text lives in the host's *Texts classes.
/// </summary>
internal static class CliTexts
{
    public const string DebugBuild = "Let op: Debug-build. Meet met -c Release / note: Debug build, measure with -c Release.";
    public const string NoManifestFolder = "Geen manifestmap gevonden: geef --manifest-dir of start in de repository.";
    public const string NoRepositoryKnowledgeBase = "Kan de kennisbank in de repository niet vinden (geen CoopBot.sln hierboven); geef --file op.";
    public const string NoEvaluationSets = "Kan tests/CoopBot.Faq.Tests/Data niet vinden (geen CoopBot.sln hierboven).";
    public const string ChooseExportFormat = "Kies --format csv of --format md.";
    public const string YearIsANumber = "Het jaar is een getal, bijvoorbeeld 2026.";
    public const string VoteAdded = "stem";
    public const string VoteChanged = "stem gewijzigd";
    public const string AnonymousChoice = "(anoniem: keuze niet bewaard)";

    public static string UnknownOption(string name) => $"Onbekende optie '--{name}'.";

    public static string OptionNeedsValue(string name) => $"De optie '--{name}' verwacht een waarde.";

    public static string OptionNeedsNumber(string name, int minimum) => $"De optie '--{name}' verwacht een geheel getal vanaf {minimum}.";

    public static string FileNotFound(string path) => $"Bestand niet gevonden: {path}";

    public static string ImportError(string error) => $"FOUT {error}";

    public static string Imported(int rows, string kind, string path) => $"OK: {rows} {kind} geïmporteerd uit {path}.";

    public static string NothingImported(int errors, int rows, string kind) => $"Niets geïmporteerd: {errors} fout(en) in {rows} rijen ({kind}).";

    public static string InTeamWithoutSeat(string? name, string id) => $"  in Teams zonder zitje: {name} ({id})";

    public static string SeatedNotInTeam(string name, string personId) => $"  zitje maar niet in het team: {name} ({personId})";

    public static string PhrasingAddedToFile(string entryId, string path) => $"Formulering toegevoegd aan '{entryId}' in {path}.";

    public static string PhrasingAddedToStorage(string entryId) => $"Formulering toegevoegd aan '{entryId}' in de opslag van de bot.";

    public static string CannotUpdateKnowledgeBase(string path, string reason) => $"Kan de kennisbank niet bijwerken ({path}): {reason}";

    public static string CannotReadKnowledgeBase(string path, string reason) => $"Kan de kennisbank niet lezen ({path}): {reason}";

    public static string CannotReadEvaluationSet(string path, string reason) => $"Kan de evaluatieset niet lezen ({path}): {reason}";

    public static string UnknownExpectedId(string id) => $"Let op: de verwachte id '{id}' bestaat niet in de kennisbank.";

    public static string KnowledgeBaseOk(int entries, int phrasings, string path) => $"OK: {entries} entries en {phrasings} formuleringen, geen problemen ({path}).";

    public static string BudgetSet(int year, string steeringGroupId, string amount) => $"Deelbegroting {year} van {steeringGroupId}: {amount}";

    public static string DecisionNotFound(string typed) => $"Beslissing '{typed}' niet gevonden.";

    public static string Choice(string? after) => $"keuze {after}";

    public static string InvalidAppId(string variable) => $"Geen geldige app-id: geef --app-id <guid> of zet {variable} (de client-id van de bot-identiteit).";

    public static string InvalidDomain(string variable) =>
        $"Geen geldig domein: geef --domain <host> of zet {variable}, bv. coopbot.azurewebsites.net (zonder https:// of pad).";

    public static string InvalidTabClientId(string variable) =>
        $"Geen geldige tab-client-id: geef --tab-client-id <guid> of zet {variable} (de client-id van de SSO-registratie van de tab).";
}
