namespace CoopBot.MessageExtensions;

/// <summary>Dutch texts of the message extension.</summary>
internal static partial class MessageExtensionTexts
{
    public const string NotInSteeringGroup = "Start een stemming, voorstel of stelling vanuit het kanaal van je stuurgroep of vanuit de chat van haar vergadering.";
    public const string UnknownDialogAction = "Deze knop werkt niet in dit venster. Open het formulier opnieuw.";
    public const string NothingFound = "Geen besluiten gevonden die je mag zien. Zoek op titel, referentie of stuurgroep.";
    public const string LinkNotFound = "Dit besluit vind ik niet, of je mag het niet zien.";
    public const string ConfidentialPlaceholder = "Vertrouwelijk punt: de details staan enkel in CoopBot, voor wie de geheimhoudingsverklaring tekende.";

    public static string Created(string kind, string title) => $"{kind} gestart: “{title}”. De kaart staat in dit gesprek.";
}
