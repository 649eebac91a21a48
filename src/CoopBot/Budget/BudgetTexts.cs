using CoopBot.Budget.Contracts;
using CoopBot.Domain.Common;

namespace CoopBot.Budget;

/// <summary>Dutch (nl-BE) user text of the budget feature.</summary>
internal static partial class BudgetTexts
{
    public const string Command = "begroting";

    public static readonly Rejection InvalidYear = new(
        "budget.jaar-ongeldig", $"Geef een begrotingsjaar tussen {BudgetYears.Min} en {BudgetYears.Max}, bijvoorbeeld 2026.");

    public static readonly Rejection NotInSteeringGroupChannel = new(
        "budget.geen-stuurgroep", "Vraag de deelbegroting op in het kanaal van je stuurgroep. Dit kanaal is nog niet aan een stuurgroep gekoppeld.");

    public static Rejection UnknownSteeringGroup(string id) => new(
        "budget.stuurgroep-onbekend", $"De stuurgroep ‘{id}’ bestaat niet. Gebruik het id uit het register, bijvoorbeeld basisinfrastructuur.");

    public const string NoBudget =
        "Voor dit jaar is nog geen deelbegroting ingesteld, dus wat nog beschikbaar is, kan CoopBot niet berekenen. "
        + "Vraag de directie van Cultuurconnect om de deelbegroting van je stuurgroep in te laten stellen.";

    public const string NotSet = "nog niet ingesteld";
    public const string BudgetLabel = "Deelbegroting";
    public const string CommittedLabel = "Vastgelegd (definitief)";
    public const string ReservedLabel = "Gereserveerd (wacht op bevestiging)";
    public const string RemainingLabel = "Nog beschikbaar";

    public const string Explanation =
        "Goedgekeurde voorstellen die nog op bevestiging wachten, zijn gereserveerd; definitieve besluiten zijn vastgelegd. Beide verminderen wat nog beschikbaar is.";
}
