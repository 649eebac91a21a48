namespace CoopBot.Confidentiality;

/// <summary>Dutch texts of the placeholder card that members without a signed NDA see.</summary>
internal static partial class ConfidentialityTexts
{
    public const string StatusLabel = "Status";
    public const string StatusClosed = "Afgesloten";
    public const string StatusCounting = "Gesloten, de stemmen worden geteld";

    public static string KindLine(string kind) => $"{kind} · {Label}";

    public static string StatusOpenUntil(string closes) => $"Stemming loopt tot {closes}";

    public static string DocumentTitle(string title, int version) => $"{title} (versie {version})";
}
