using CoopBot.Domain.Common;

namespace CoopBot.Confidentiality;

/// <summary>Dutch (nl-BE) user text of the confidentiality feature.</summary>
internal static partial class ConfidentialityTexts
{
    public static readonly Rejection OnlySeatHolders = new(
        "nda.geen-zitje", "Enkel leden met een lopend zitje in deze stuurgroep ondertekenen de geheimhoudingsverklaring van de stuurgroep.");

    public const string Label = "vertrouwelijk";
    public const string ReadButton = "Geheimhoudingsverklaring lezen";
    public const string RefreshButton = "Vernieuwen";
    public const string SignButton = "Ik ga akkoord en onderteken";

    public static string Explanation(int version) =>
        $"Dit punt is vertrouwelijk, bijvoorbeeld een offerte of een budget. Enkel leden die de geheimhoudingsverklaring van de stuurgroep "
        + $"(versie {version}) ondertekenden, zien de details en kunnen stemmen.";

    public static string Signed(int version, string validUntil) =>
        $"Je ondertekende de geheimhoudingsverklaring (versie {version}); ze geldt tot {validUntil}. Je ziet nu de details.";
}
