using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>Why a candidacy, objection or composition view was refused: stable codes with the Dutch sentence for the user.</summary>
public static class FeedbackRejections
{
    public static Rejection MotivationLength { get; } = new(
        "samenstelling.motivatie",
        $"Schrijf een motivatie van {CompositionFeedbackRules.MinMotivationLength} tot {CompositionFeedbackRules.MaxMotivationLength} tekens.");

    public static Rejection OnlyCommunityManager { get; } = new(
        "samenstelling.enkel-community-manager", "Enkel de community manager beslist over kandidaturen en bezwaren.");

    public static Rejection OnlyChairOrCommunityManager { get; } = new(
        "samenstelling.enkel-voorzitter", "Het evenwicht van de samenstelling kan enkel de voorzitter van de stuurgroep of de community manager opvragen.");

    public static Rejection OnlyChairMayLink { get; } = new(
        "samenstelling.koppelen-voorzitter", "Enkel de voorzitter van die stuurgroep of de community manager kan een team aan de stuurgroep koppelen.");

    public static Rejection NotACooperant(SteeringGroup steeringGroup) => new(
        "samenstelling.geen-cooperant",
        $"Je organisatie neemt geen dienst af van {SteeringGroupNames.WithArticle(steeringGroup.Name)}. Enkel coöperanten (afnemers) kunnen zich kandidaat stellen of bezwaar maken.");

    public static Rejection AlreadySeated(SteeringGroup steeringGroup) => new(
        "samenstelling.al-lid", $"Je hebt al een zitje in {SteeringGroupNames.WithArticle(steeringGroup.Name)}.");

    public static Rejection AlreadyOpen(FeedbackKind kind, SteeringGroup steeringGroup) => new(
        "samenstelling.al-ingediend", $"Je {kind.DisplayName()} voor {SteeringGroupNames.WithArticle(steeringGroup.Name)} wacht nog op een antwoord van de community manager.");

    public static Rejection AlreadyDecided(CompositionFeedback feedback) => new(
        "samenstelling.al-beslist", $"Deze {feedback.Kind.DisplayName()} is al {feedback.Status.DisplayName()}.");
}
