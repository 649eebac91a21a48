namespace CoopBot.Hosting;

/// <summary>Dutch (nl-BE) messages for the operator when the host refuses to start.</summary>
internal static class HostingTexts
{
    public static string MissingAppId(string environment) =>
        "CoopBot start niet: MicrosoftAppId ontbreekt. Buiten Development heeft de bot een app-registratie of "
        + $"beheerde identiteit nodig (zie README, 'In productie nemen'). Omgeving: {environment}.";

    public static string AnonymousOutsideDevelopment(string environment) =>
        "CoopBot start niet: anonieme modus (lege MicrosoftAppId) is alleen "
        + $"toegelaten in Development met een lokale serviceUrl. Omgeving: {environment}.";

    public static string InvalidConfiguration(string failures) => $"CoopBot start niet: ongeldige configuratie. {failures}";

    public static string StorageUnreachable(string exceptionType, string reason) =>
        "CoopBot start niet: de opslag is niet bereikbaar. Controleer Storage:TableServiceUri (of Storage:ConnectionString) "
        + $"en de rol Storage Table Data Contributor van de bot-identiteit. ({exceptionType}: {reason})";
}
