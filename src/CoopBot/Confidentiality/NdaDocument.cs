using CoopBot.Domain.Confidentiality;

namespace CoopBot.Confidentiality;

/// <summary>
/// The geheimhoudingsverklaring members acknowledge (seed 002 "Wat met confidentiële zaken?"). Changing the text means
/// raising <see cref="Version"/>: every earlier acknowledgement then stops giving access until the member signs again.
/// </summary>
internal static class NdaDocument
{
    public const int Version = 1;

    public const string Title = "Geheimhoudingsverklaring stuurgroep";

    public static readonly IReadOnlyList<string> Paragraphs =
    [
        "Als lid van de stuurgroep krijg ik vertrouwelijke informatie te zien, zoals offertes, prijzen en budgetten.",
        "Ik houd die informatie geheim: ik deel ze niet buiten de stuurgroep, ook niet met collega's van mijn eigen organisatie, en ik gebruik ze enkel voor het werk van de stuurgroep.",
        "Geheimhouding kan nodig zijn om een overheidsopdracht correct af te ronden. Vertrouwelijke financiële informatie komt nooit in het openbare verslag.",
        "Deze verklaring geldt tot het einde van mijn huidige termijn in deze stuurgroep.",
    ];

    public static NdaRequirement RequirementFor(string steeringGroupId) => new(steeringGroupId, Version);
}
