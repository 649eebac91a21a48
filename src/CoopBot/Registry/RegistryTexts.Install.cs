namespace CoopBot.Registry;

/// <summary>Dutch texts of the cards after CoopBot is added to a team (link offer and confirmation).</summary>
internal static partial class RegistryTexts
{
    public const string LinkOfferHeading = "Dit team koppelen aan een stuurgroep";
    public const string SteeringGroupLabel = "Stuurgroep";
    public const string ChooseSteeringGroup = "Kies een stuurgroep.";
    public const string TeamLinkedHeading = "Team gekoppeld";

    /// <summary><paramref name="teamName"/> is already escaped for the card, or null when Teams did not send it.</summary>
    public static string NotLinkedYet(string? teamName) =>
        (teamName is null ? "Dit team" : $"Het team {teamName}")
        + " is nog niet gekoppeld. De voorzitter van de stuurgroep (of de community manager) kiest hier de stuurgroep; daarna beslist de stuurgroep in dit team.";

    public static string TeamLinked(string groupName, string linkedBy) =>
        $"Dit team is nu gekoppeld aan {Domain.Registry.SteeringGroupNames.WithArticle(groupName)} (door {linkedBy}). Stemmingen start je in dit team met @CoopBot stemming.";
}
