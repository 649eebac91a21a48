namespace CoopBot.Registry;

/// <summary>Text commands of the registry feature.</summary>
internal static class RegistryCommands
{
    public const string WhoIsIn = "wie zit in de stuurgroep";
    public const string MyGroups = "mijn stuurgroepen";
    public const string Candidacy = "kandidaat stellen";
    public const string Objection = "bezwaar samenstelling";
    public const string Composition = "samenstelling";
}

/// <summary>Verbs of the registry cards. Card data is never trusted: ids and rights are re-checked server-side.</summary>
internal static class RegistryVerbs
{
    public const string SubmitFeedback = "registry.feedback.submit";
    public const string DecideFeedback = "registry.feedback.decide";
    public const string LinkTeam = "registry.team.link";
}

/// <summary>The candidacy/objection form: its kind (card data) and the inputs "steeringGroupId" and "motivation".</summary>
internal sealed record SubmitFeedbackData(string? Kind, string? SteeringGroupId, string? Motivation);

/// <summary>The community manager's answer on a forwarded candidacy or objection.</summary>
internal sealed record DecideFeedbackData(string? FeedbackId, bool? Accept);

/// <summary>The link offer after an install: the chosen stuurgroep (input "steeringGroupId"). The team comes from the activity.</summary>
internal sealed record LinkTeamData(string? SteeringGroupId);
