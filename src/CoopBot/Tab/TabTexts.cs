namespace CoopBot.Tab;

/// <summary>Every Dutch text of the tab that is not markup in a page.</summary>
internal static partial class TabTexts
{
    public const string InvalidToken = "Je aanmelding via Teams is niet geldig. Open CoopBot opnieuw in Teams.";
    public const string UnknownPerson = "Je staat niet in het register van CoopBot. Vraag de community manager om je toe te voegen.";
    public const string Forbidden = "Deze pagina is alleen voor de community manager.";
    public const string NoDemoPerson = "Kies een persoon uit het demoregister.";
    public const string NdaValid = "Geldige geheimhoudingsverklaring";
    public const string ConfidentialTitle = "Vertrouwelijk punt";
    public const string ConfidentialAmount = "vertrouwelijk";
    public const string ConfidentialHidden = "Alleen zichtbaar voor wie de geheimhoudingsverklaring van deze stuurgroep tekende.";
    public const string NotFound = "Dit besluit bestaat niet of je mag het niet zien.";
    public const string CsvNeeded = "Kies een CSV-bestand.";
    public const string CsvTooLarge = "Het bestand is te groot (maximaal 1 MB).";
    public const string BudgetSaved = "Deelbegroting bewaard.";
    public const string InvalidFilter = "Deze filter is niet geldig; alle besluiten worden getoond.";
    public const string UnknownGroup = "Onbekende stuurgroep.";
    public const string UnknownSeat = "Kies een bestaand zitje.";
    public const string SeatSaved = "Zitje bewaard.";

    /// <summary>
    /// Status filter choices: the leading words of the register statuses (decisions, escalation as
    /// <c>EscalationNames.Describe</c> words them, submissions); an entry matches when its status starts with the choice.
    /// </summary>
    public static readonly string[] RegisterStatuses =
    [
        "Besloten", "Stemming loopt", "Goedgekeurd door stuurgroep, wacht op bevestiging", "Definitief", "Geweigerd", "Verworpen door de stuurgroep",
        "Ingediend", "Meer informatie gevraagd", "Opgenomen", "Afgewezen",
    ];

    public static string SeatRefused(int errors) => $"Zitje niet bewaard: {errors} fout(en), zie het formulier hieronder.";

    public static string ImportApplied(int rows, string kind) => $"{rows} {kind} geïmporteerd.";

    public static string ImportRefused(int errors, int rows, string kind) => $"Niets geïmporteerd: {errors} fout(en) in {rows} rijen ({kind}).";

    public static string ImportReady(int rows, string kind) => $"Alle {rows} rijen ({kind}) zijn geldig. Bevestig om te importeren.";
}
