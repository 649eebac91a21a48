namespace CoopBot.Submissions;

/// <summary>Dutch texts of the "voorstel indienen" form and of the submission card in the stuurgroep channel.</summary>
internal static partial class SubmissionTexts
{
    public const string FormHeading = "Voorstel indienen";
    public const string FormIntro =
        "Als coöperant leg je een voorstel voor aan een stuurgroep. Het komt in het kanaal van de stuurgroep; andere coöperanten kunnen het steunen en de voorzitter behandelt het.";
    public const string ServiceLabel = "Over welke dienst gaat het?";
    public const string ChooseService = "Kies een dienst.";
    public const string TitleLabel = "Titel";
    public const string Required = "Vul dit in.";
    public const string DescriptionLabel = "Toelichting";
    public const string AmountLabel = "Bedrag in € excl. btw (optioneel)";
    public const string AmountPlaceholder = "Bijvoorbeeld: 12.500";
    public const string SubmitButton = "Indienen";
    public const string SubmittedHeading = "Voorstel ingediend";
    public const string ChannelKind = "Ingediend voorstel van een coöperant";
    public const string SubmittedByLabel = "Ingediend door";
    public const string ServiceFactLabel = "Dienst";
    public const string SupportLabel = "Steun";
    public const string StatusLabel = "Status";
    public const string AmountFactLabel = "Bedrag";
    public const string ReasonLabel = "Reden";
    public const string AskedLabel = "Gevraagd";
    public const string SupportButton = "Steunen";
    public const string TakeUpAsProposalButton = "Opnemen als voorstel";
    public const string TakeUpAsConsultationButton = "Opnemen als raadpleging";
    public const string DeclineButton = "Afwijzen";
    public const string DeclineReasonLabel = "Reden (verplicht, max. 500 tekens; de indiener krijgt ze te zien)";
    public const string AskInfoButton = "Meer info vragen";
    public const string AskInfoLabel = "Welke informatie ontbreekt? (max. 500 tekens)";
    public const string AskButton = "Vragen";
    public const string Supported = "Je steunt dit voorstel.";
    public const string AlreadySupported = "Je steunde dit voorstel al.";

    public static string ServiceChoice(string serviceName, string groupName) => $"{serviceName} ({groupName})";

    public static string SubmittedWhere(string groupName) => $"Het staat in het kanaal van {CoopBot.Domain.Registry.SteeringGroupNames.WithArticle(groupName)}. Je krijgt hier bericht van elke stap.";

    public static string Submitter(string name, string organisation) => $"{name} ({organisation})";

    public static string StatusChanged(string status) => $"Status: {status}. De indiener is verwittigd.";
}
