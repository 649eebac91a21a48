namespace CoopBot.Tab;

/// <summary>Dutch texts of the tab's charts, seat lines and configuration checks.</summary>
internal static partial class TabTexts
{
    public const string BigLibrary = "Grote bibliotheek";
    public const string SmallLibrary = "Kleine bibliotheek";
    public const string Newcomer = "Nieuw";
    public const string Experienced = "Ervaren";
    public const string Regional = "Regionaal";
    public const string PilotLibrary = "Pilootbibliotheek";
    public const string SubBudget = "Deelbegroting";
    public const string Committed = "Vastgelegd";
    public const string Reserved = "Gereserveerd";
    public const string Available = "Beschikbaar";
    public const string Proposed = "voorgesteld";
    public const string InvalidSessionLifetime = "Tab:SessionLifetime moet tussen 0 en 8 uur liggen.";
    public const string InvalidOpenIdTemplate = "Tab:OpenIdMetadataUrlTemplate moet een absolute URL met {tenant} zijn.";
    public const string InvalidApplicationIdUri = "Tab:ApplicationIdUri moet api://{domein}/{Tab:ClientId} zijn.";

    public static string BudgetChartTitle(string groupName, int year) => $"Begroting {groupName} {year}";

    public static string Members(int count) => count == 1 ? "1 lid" : $"{count} leden";

    public static string Ratified(string on) => $"bekrachtigd op {on}";

    public static string SeatLine(string name, string groupId, string role, string termStart, string termEnd, string ratified) =>
        $"{name} in {groupId}: {role}, {termStart} tot {termEnd}, {ratified}";
}
