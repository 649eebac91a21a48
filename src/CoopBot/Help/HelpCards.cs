using CoopBot.Cards;
using CoopBot.Escalation;

namespace CoopBot.Help;

/// <summary>The Dutch help card: what you can ask CoopBot, and where.</summary>
internal static class HelpCards
{
    public const string Command = "help";
    public const string Title = HelpTexts.Title;

    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("voorstel", HelpTexts.Proposal),
        ("stemming", HelpTexts.Poll),
        ("stelling", HelpTexts.Statement),
        ("besluiten", HelpTexts.Register),
        ("wie zit in de stuurgroep", HelpTexts.WhoIsIn),
        ("mijn stuurgroepen", HelpTexts.MyGroups),
        (MyConfirmations.Command, HelpTexts.MyConfirmations),
        ("kandidaat stellen", HelpTexts.Candidacy),
        ("voorstel indienen", HelpTexts.Submission),
        ("bezwaar samenstelling", HelpTexts.Objection),
        ("samenstelling", HelpTexts.Composition),
        ("begroting", HelpTexts.Budget),
        ("vergadering plannen", HelpTexts.PlanMeeting),
        ("help", HelpTexts.Help),
        (HelpTexts.QuestionCommand, HelpTexts.Question),
    ];

    /// <summary>The help card; <paramref name="confirmer"/> (issue 16 §3: only they see it) adds the line for <c>mijn bevestigingen</c> (directie, financieel comité, voorzitter, Raad van Bestuur).</summary>
    public static AdaptiveCard Build(bool confirmer = false) => new AdaptiveCard()
        .AddBody(
            TextBlock.Heading(Title),
            new TextBlock(HelpTexts.HowToAsk),
            new FactSet(Commands.Where(c => confirmer || c.Command != MyConfirmations.Command).Select(c => new Fact(c.Command, c.Description))),
            new TextBlock(HelpTexts.VotingHint) { IsSubtle = true });
}
