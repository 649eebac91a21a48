using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>Dutch texts of the creation forms (voorstel, stemming, stelling) and their settings.</summary>
internal static partial class DecisionTexts
{
    public const string ProposalHeading = "Nieuw voorstel";
    public const string PollHeading = "Nieuwe stemming";
    public const string StatementFormHeading = "Nieuwe stelling";
    public const string ProposalTitleLabel = "Titel";
    public const string PollTitleLabel = "Vraag";
    public const string StatementTitleLabel = "Stelling";
    public const string ProposalTitlePlaceholder = "Bijvoorbeeld: We kiezen leverancier A voor de nieuwe bibliotheekwebsites.";
    public const string PollTitlePlaceholder = "Bijvoorbeeld: Welke leverancier kiezen we voor de nieuwe bibliotheekwebsites?";
    public const string StatementTitlePlaceholder = "Bijvoorbeeld: Transversale samenwerking biedt een meerwaarde voor de bibliotheken.";

    public const string Required = "Vul dit in.";
    public const string DescriptionLabel = "Toelichting (optioneel)";
    public const string AmountLabel = "Bedrag in € excl. btw (optioneel)";
    public const string AmountPlaceholder = "Bijvoorbeeld: 85.000";
    public const string AttachmentsLabel = "Bijlagen (optioneel): per regel een titel en een link";
    public const string AttachmentsPlaceholder = "Offerte leverancier A https://…";
    public const string ClosesDateLabel = "Sluit op (datum)";
    public const string ClosesTimeLabel = "Om (uur)";
    public const string ChooseDate = "Kies een datum.";
    public const string ChooseTime = "Kies een uur.";
    public const string StartButton = "Starten";
    public const string OptionsRequired = "Geef minstens twee antwoorden op.";
    public const string MultipleChoiceLabel = "Meerdere keuzes toestaan";
    public const string MinChoicesLabel = "Minimum aantal keuzes (bij meerdere keuzes)";
    public const string MaxChoicesLabel = "Maximum aantal keuzes (bij meerdere keuzes)";
    public const string PassRuleLabel = "Beslisregel";
    public const string AudienceLabel = "Wie stemt";
    public const string QuorumLabel = "Quorum: minimale deelname in % van de stemgerechtigden (0 = geen)";
    public const string ResultsVisibilityLabel = "Resultaten zichtbaar";
    public const string ReasonModeLabel = "Toelichting bij de stem (max. 500 tekens)";
    public const string AnonymousLabel = "Anoniem stemmen (kan achteraf niet meer veranderen; een anonieme stemming kan niet heropend worden)";
    public const string CommitmentKindLabel = "Soort (bij een bedrag)";
    public const string ConfidentialLabel = "Vertrouwelijk: enkel leden die de geheimhoudingsverklaring ondertekenden, zien de details en stemmen mee";

    public const string VisibilityAlways = "Altijd";
    public const string VisibilityAfterVote = "Na je stem";
    public const string VisibilityAfterClose = "Na het sluiten";
    public const string ReasonOff = "Geen toelichting";
    public const string ReasonOptional = "Toelichting optioneel";
    public const string ReasonRequired = "Toelichting verplicht";
    public const string PassRuleSimpleMajority = "Meer voor dan tegen (onthoudingen tellen niet)";
    public const string PassRuleTwoThirds = "⅔ van de uitgebrachte stemmen voor";
    public const string PassRuleMajorityOfEligible = "Meerderheid van alle stemgerechtigden";
    public const string AudienceSteeringGroup = "De leden van de stuurgroep";
    public const string AudienceCooperants = "Alle coöperanten (raadpleging: één stem per organisatie)";

    public const string UnknownKind = "Dit soort beslissing ken ik niet.";

    public static string OptionsLabel(int min, int max) => $"Antwoorden: één per regel ({min} tot {max})";

    public static string AddOptionalOption(string label) => $"Voeg “{label}” toe als antwoord";

    /// <summary>"Voorstel gestart", above the creator's confirmation card.</summary>
    public static string Started(PollKind kind) => $"{kind.DisplayName} gestart";
}
