namespace CoopBot.Registry;

/// <summary>Dutch texts of "wie zit in de stuurgroep", "mijn stuurgroepen", "samenstelling" and the term notice.</summary>
internal static partial class RegistryTexts
{
    public const string WhoIsInOne = "Wie zit in de stuurgroep?";
    public const string WhoIsInMany = "Wie zit in de stuurgroepen?";
    public const string NoMembersYet = "Nog geen leden.";
    public const string WorkingGroupsPrefix = "Werkgroepen: ";
    public const string MyGroupsHeading = "Mijn stuurgroepen";
    public const string OpenVotesHeading = "Openstaande stemmingen";
    public const string CompositionHeading = "Samenstelling van de stuurgroep";
    public const string CountedMembersNote = " (enkel leden, geen voorzitter of productmanager).";
    public const string CountedMemberSingular = "lid telt mee";
    public const string CountedMemberPlural = "leden tellen mee";
    public const string BigSmallLabel = "Groot / klein";
    public const string NewExperiencedLabel = "Nieuw / ervaren";
    public const string RegionalLabel = "Regionale bibliotheek";
    public const string PilotLabel = "Pilootbibliotheek";
    public const string Balanced = "De samenstelling is in evenwicht.";
    public const string NotRatifiedSuffix = " (voorgesteld, nog niet bekrachtigd)";
    public const string ProposedSuffix = ", voorgesteld";
    public const string InactiveSuffix = ", niet actief";
    public const string UnknownVoter = "Ik kan je Teams-account niet herkennen, dus je kan hier niet stemmen.";

    public static string OpenVote(string groupName, string closes) => $"{groupName}, sluit op {closes}";

    public static string SeatLine(string role, string organisation, string termEnd, string ratified) => $"{role}, {organisation}, tot {termEnd}{ratified}";

    public static string MySeatLine(string role, string termEnd, string state) => $"{role}, tot {termEnd}{state}";

    /// <summary>To the voorzitter when a member's term ends soon (TermNoticeJob); a term end is a date, never a time.</summary>
    public static string TermEnding(string name, string role, string groupName, string termEnd) =>
        $"De termijn van {name} ({role}) in {Domain.Registry.SteeringGroupNames.WithArticle(groupName)} loopt af op {termEnd}. Na die datum stemt {name} niet meer mee. "
        + "Bereid de opvolging of verlenging voor; de Raad van Bestuur bekrachtigt de samenstelling.";
}
