namespace CoopBot.Decisions;

/// <summary>Dutch texts of the besluitenregister card (command "besluiten").</summary>
internal static partial class DecisionTexts
{
    public const string RegisterHeading = "Besluitenregister";
    public const string RegisterEmpty = "Deze stuurgroep heeft nog geen besluiten genomen met CoopBot.";
    public const string RegisterOnlyInChannel = "Vraag het besluitenregister op in het kanaal van je stuurgroep.";
    public const string KindLabel = "Soort";
    public const string OutcomeLabel = "Uitkomst";
    public const string DecidedAtLabel = "Besloten op";
    public const string NotYetDecided = "nog niet";

    public static string RegisterParticipation(int voters, int eligible) => $"{voters} van {eligible}";
}
