using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>Dutch (nl-BE) user text of the decisions feature, in one place.</summary>
internal static partial class DecisionTexts
{
    public static readonly Rejection PollNotFound = new("poll-not-found", "Deze stemming bestaat niet (meer).");
    public static readonly Rejection OnlyManagersMayCreate =
        new("not-allowed", "Alleen de voorzitter, de productmanager of de community manager kan een stemming starten.");
    public static readonly Rejection OnlyManagersMayClose =
        new("not-allowed", "Alleen de voorzitter, de productmanager of de community manager kan deze stemming sluiten.");
    public static readonly Rejection OnlyManagersMayManage =
        new("not-allowed", "Alleen de voorzitter, de productmanager of de community manager kan dit doen.");
    public static readonly Rejection VoteNotConfirmed =
        new("vote-unknown", "Ik kon je stem niet bevestigen. Probeer het opnieuw: je stem wordt maar één keer geteld.");
    public static readonly Rejection NotInSteeringGroupChannel =
        new("no-steering-group", "Start een stemming in het kanaal van je stuurgroep. Dit kanaal is nog niet aan een stuurgroep gekoppeld.");
    public static readonly Rejection InvalidClosingTime =
        new("closing-time-invalid", "Geef een geldige sluitingsdatum en -tijd op (bijvoorbeeld 1 december 2026 om 17:00).");
    public static readonly Rejection InvalidSetting = new("setting-invalid", "Een van de instellingen is ongeldig. Kies opnieuw uit de lijst.");
    public static readonly Rejection InvalidNumber = new("number-invalid", "Geef een geheel getal op bij het quorum en het aantal keuzes.");
    public static readonly Rejection StatementEmpty = new("statement-empty", "Schrijf eerst de toelichting bij de uitkomst.");
    public static readonly Rejection StatementOnlyAfterClose = new("statement-open", "Een toelichting bij de uitkomst kan pas na het sluiten.");
    public static readonly Rejection ReminderAfterClose = new("reminder-closed", "Deze stemming is gesloten: een herinnering heeft geen zin meer.");
    public static readonly Rejection EveryoneVoted = new("everyone-voted", "Iedereen heeft al gestemd. Er is niemand om te herinneren.");
    public static readonly Rejection CommentAlreadyPosted = new("comment-sent", "Deze reactie staat er al.");

    // The thread is read by members without an NDA too, so a comment could carry confidential details into it.
    public static readonly Rejection NoCommentsOnConfidential = new(
        "comment-confidential",
        "Op een vertrouwelijk punt reageer je niet in het kanaal: ook leden zonder geheimhoudingsverklaring lezen de draad. Bespreek het op de vergadering.");
    public static readonly Rejection UnknownUser = new("unknown-user", "Ik kan je Teams-account niet herkennen.");

    // The local loop's demo poll (DemoPoll), posted by the voorzitter's hand when the Playground opens the channel.
    public const string DemoPollQuestion = "Welke zoekmachine kiezen we voor de bibliotheekwebsites vanaf 2027?";
    public static readonly IReadOnlyList<string?> DemoPollOptions = ["Huidige leverancier verlengen", "Nieuwe aanbesteding", "Eerst een proefproject"];

    /// <summary>After creating: "Het voorstel staat in het kanaal…", "De stemming staat…" (the kind's own article).</summary>
    public static string PostedInChannel(PollKind kind, string closes) =>
        $"{char.ToUpperInvariant(kind.Article[0])}{kind.Article[1..]} {kind.DisplayName.ToLowerInvariant()} staat in het kanaal en sluit op {closes}.";

    /// <summary>The voter's own choice on their view of the card.</summary>
    public static string YourVote(string labels) => $"Jouw stem: {labels}";

    public const string VoteButton = "Stem";
    public const string ChangeVoteButton = "Wijzig mijn stem";
    public const string CloseButton = "Sluiten";
    public const string ConfirmCloseButton = "Sluit de stemming";
    public const string ExtendButton = "Verlengen";
    public const string ReopenButton = "Heropenen";
    public const string RemindButton = "Herinnering sturen";
    public const string CommentButton = "Reageer";
    public const string StatementButton = "Uitkomst toelichten";
    public const string RefreshButton = "Vernieuwen";
    public const string ClosedCounting = "Gesloten. De stemmen worden geteld; de uitslag verschijnt zo meteen.";
    public const string NotAMemberNotice = "Je zit niet in deze stuurgroep en kan dus niet stemmen.";
    public const string ManagerDoesNotVoteNotice = "Je leidt deze beslissing en stemt zelf niet mee. Hieronder sluit of verleng je ze, of stuur je een herinnering.";
    public const string VoteCounted = "Je stem is geteld. Je kan ze wijzigen tot de stemming sluit.";
    public const string Extended = "De sluitingstijd is aangepast.";
    public const string Reopened = "De stemming is heropend.";
    public const string Reminded = "De herinnering staat in de draad.";
    public const string CommentPosted = "Je reactie staat in de draad.";
    public const string StatementSaved = "De toelichting bij de uitkomst is bewaard.";
    public const string RegisterStatusDecided = "Besloten";
    public const string RegisterEscalationLabel = "Bevestiging vooraf";

    public static string? OutcomeText(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Passed => "Aangenomen",
        DecisionOutcome.Rejected => "Verworpen",
        DecisionOutcome.NoQuorum => "Geen quorum: te weinig leden hebben gestemd",
        DecisionOutcome.Blocked => "Geblokkeerd: er is bezwaar aangetekend",
        _ => null,
    };

    /// <summary>One line for the register and the outcome message: the pass-rule outcome, or the most chosen answers.</summary>
    public static string OutcomeSummary(PollDefinition definition, TallyResult tally)
    {
        if (OutcomeText(tally.Outcome) is { } outcome)
        {
            return outcome;
        }

        var leaders = tally.Leaders.Select(id => definition.FindOption(id)?.Label ?? id).ToList();
        return leaders.Count == 0 ? "Er werd niet gestemd" : $"Meeste stemmen: {string.Join(" en ", leaders)}";
    }

    public static string PassRuleText(PassRule rule) => rule switch
    {
        PassRule.TwoThirdsMajority => "⅔ van de uitgebrachte stemmen voor",
        PassRule.MajorityOfEligible => "meerderheid van alle stemgerechtigden voor",
        _ => "meer voor dan tegen (onthoudingen tellen niet)",
    };

    public static string ResultsVisibilityText(ResultsVisibility visibility) => visibility switch
    {
        ResultsVisibility.AfterVote => "na je stem",
        ResultsVisibility.AfterClose => "na het sluiten",
        _ => "altijd",
    };

    public static string ProxyRegistered(ProxyRecord proxy) =>
        $"Volmacht geregistreerd: {proxy.ProxyName} ({proxy.ProxyOrganisationName}) brengt in deze raadpleging de stem van {proxy.GrantingName} uit.";

    public const string ProxyButton = "Volmacht geven";
}
