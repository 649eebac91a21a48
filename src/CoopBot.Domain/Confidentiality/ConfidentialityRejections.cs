using CoopBot.Domain.Common;
using CoopBot.Domain.Text;

namespace CoopBot.Domain.Confidentiality;

/// <summary>Why confidential details or a vote were refused: stable codes with the Dutch explanation.</summary>
public static class ConfidentialityRejections
{
    private const string Why = "Dit punt is vertrouwelijk, bijvoorbeeld een offerte of een budget: "
        + "geheimhouding is soms nodig om een overheidsopdracht goed af te ronden.";

    public static Rejection TermEnded { get; } = new(
        "nda.termijn-voorbij", "Je termijn in deze stuurgroep is voorbij; een geheimhoudingsverklaring ondertekenen is niet meer nodig.");

    public static Rejection NotCurrentVersion(int version, NdaRequirement requirement) => new(
        "nda.verkeerde-versie",
        $"Je ondertekende versie {version}, maar de stuurgroep vraagt versie {requirement.CurrentVersion} van de geheimhoudingsverklaring.");

    internal static Rejection Missing(NdaRequirement requirement, NdaPurpose purpose) => new(
        "nda.ontbreekt",
        $"{Why} Onderteken eerst de geheimhoudingsverklaring van de stuurgroep (versie {requirement.CurrentVersion}) om {Action(purpose)}.");

    internal static Rejection Outdated(NdaAcknowledgement signed, NdaRequirement requirement, NdaPurpose purpose) => new(
        "nda.verouderd",
        $"{Why} Er is een nieuwe versie van de geheimhoudingsverklaring: je ondertekende versie {signed.Version}, nu geldt versie "
        + $"{requirement.CurrentVersion}. Onderteken de nieuwe versie om {Action(purpose)}.");

    internal static Rejection Expired(NdaAcknowledgement signed, NdaRequirement requirement, NdaPurpose purpose) => new(
        "nda.verlopen",
        $"{Why} Je geheimhoudingsverklaring liep af op {DutchDate.Format(signed.ValidUntil)}. Onderteken versie "
        + $"{requirement.CurrentVersion} opnieuw om {Action(purpose)}.");

    private static string Action(NdaPurpose purpose) => purpose == NdaPurpose.Vote ? "over dit punt te stemmen" : "de details te zien";
}
