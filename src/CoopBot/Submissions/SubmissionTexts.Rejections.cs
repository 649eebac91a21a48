using CoopBot.Domain.Common;

namespace CoopBot.Submissions;

/// <summary>Dutch refusals of the submission flow.</summary>
internal static partial class SubmissionTexts
{
    public const string RegisterKind = "Ingediend voorstel";

    public static readonly Rejection NotACooperant = new(
        "indiening.geen-cooperant",
        "Enkel coöperanten (vertegenwoordigers van een organisatie die een dienst afneemt) kunnen een voorstel indienen of steunen.");

    public static readonly Rejection NotFound = new("indiening.onbekend", "Dit ingediende voorstel vind ik niet (meer).");

    public static readonly Rejection OnlyManagers = new(
        "indiening.enkel-voorzitter", "Alleen de voorzitter, de productmanager of de community manager van de stuurgroep behandelt ingediende voorstellen.");

    public static readonly Rejection UnknownService = new("indiening.onbekende-dienst", "Kies een dienst van een stuurgroep waarvan je organisatie coöperant is.");

    public static readonly Rejection NoChannel = new(
        "indiening.geen-kanaal", "Deze stuurgroep heeft nog geen kanaal waarin CoopBot staat. Vraag de community manager om het te koppelen.");

    public const string Busy = "Het voorstel werd net door iemand anders gewijzigd. Probeer het opnieuw.";
}
