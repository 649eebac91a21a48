namespace CoopBot.Registry;

/// <summary>Dutch (nl-BE) texts of the registry feature.</summary>
internal static partial class RegistryTexts
{
    public const string UnknownPerson = "Ik vind je niet in het register van CoopBot. Vraag de community manager om je toe te voegen.";
    public const string NoSeats = "Je hebt geen zitje in een stuurgroep.";
    public const string NoOpenVotes = "Je hebt geen openstaande stemmingen.";
    public const string PersonalChatOnly = "Dat doe je in een persoonlijke chat met CoopBot, zodat je motivatie niet in een kanaal verschijnt.";
    public const string NoEligibleGroups = "Je organisatie neemt geen dienst af van een stuurgroep. Enkel coöperanten (afnemers) kunnen zich kandidaat stellen of bezwaar maken.";
    public const string UnknownSteeringGroup = "Die stuurgroep ken ik niet. Kies een stuurgroep uit de lijst.";
    public const string UnknownFeedback = "Deze kandidatuur of dit bezwaar vind ik niet meer.";
    public const string NoCompositionRights = "Het evenwicht van de samenstelling kan enkel de voorzitter van de stuurgroep of de community manager opvragen.";
    public const string NotInTeam = "Koppelen kan enkel in het team zelf.";
    public const string NoCommunityManager = "Er is nog geen community manager ingesteld. Je vraag is bewaard; Cultuurconnect neemt contact met je op.";
    public const string SubmitButton = "Versturen";
    public const string AcceptButton = "Aanvaarden";
    public const string DeclineButton = "Afwijzen";
    public const string LinkButton = "Koppelen";

    public static string Submitted(string kind, string groupName) =>
        $"Je {kind} voor {Domain.Registry.SteeringGroupNames.WithArticle(groupName)} is bewaard en doorgestuurd naar de community manager. Je krijgt een bericht zodra die beslist.";

    public static string DecidedForSubmitter(string kind, string groupName, string status) =>
        $"De community manager heeft je {kind} voor {Domain.Registry.SteeringGroupNames.WithArticle(groupName)} {status}.";
}
