using CoopBot.Domain.Common;

namespace CoopBot.Domain.Confidentiality;

/// <summary>
/// Where confidential items may go (seed 002 "Wat met confidentiële zaken?"): a consultation asks every coöperant, and
/// coöperanten have signed no NDA, so a confidential item is never put to them.
/// </summary>
public static class ConfidentialItems
{
    public static Rejection NoConsultation { get; } = new(
        "vertrouwelijk.geen-bevraging",
        "Een vertrouwelijk punt kan je niet aan alle coöperanten voorleggen: zij ondertekenden geen geheimhoudingsverklaring. "
        + "Maak een niet-vertrouwelijke versie van het punt als je hun mening wil vragen.");

    /// <summary>Refuses to open a coöperant consultation on a confidential item.</summary>
    public static Rejection? CanOpenConsultation(bool isConfidential) => isConfidential ? NoConsultation : null;
}
