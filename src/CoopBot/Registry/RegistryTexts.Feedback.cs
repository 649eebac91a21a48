namespace CoopBot.Registry;

/// <summary>Dutch texts of "kandidaat stellen" and "bezwaar samenstelling", and of the community manager's card.</summary>
internal static partial class RegistryTexts
{
    public const string CandidacyHeading = "Kandidaat stellen voor een stuurgroep";
    public const string CandidacyIntro =
        "Een zitje is persoonlijk en loopt 2 jaar. De community manager weegt alle kandidaturen af; de Raad van Bestuur bekrachtigt de samenstelling.";
    public const string CandidacyLabel = "Waarom stel je je kandidaat?";
    public const string ObjectionHeading = "Bezwaar tegen de samenstelling";
    public const string ObjectionIntro =
        "Vind je een stuurgroep niet evenwichtig samengesteld (provincies, grote en kleine bibliotheken, nieuwe en ervaren mensen)? Laat het de community manager weten.";
    public const string ObjectionLabel = "Wat is je bezwaar?";
    public const string CandidacyTitle = "Kandidatuur";
    public const string SentSuffix = " verstuurd";
    public const string FromLabel = "Van";
    public const string OrganisationLabel = "Organisatie";
    public const string SubmittedLabel = "Ingediend";
    public const string StatusLabel = "Status";
    public const string QuestionsHint = "Vragen? Typ \"help\" of contacteer de community manager.";

    public static string MotivationTooShort(int minimum) => $"Schrijf minstens {minimum} tekens.";
}
