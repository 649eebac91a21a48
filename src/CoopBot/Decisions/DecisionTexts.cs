using CoopBot.Domain.Common;

namespace CoopBot.Decisions;

/// <summary>Dutch (nl-BE) user text of the decisions feature, in one place.</summary>
internal static class DecisionTexts
{
    public static readonly Rejection PollNotFound = new("poll-not-found", "Deze stemming bestaat niet (meer).");
    public static readonly Rejection OnlyManagersMayCreate =
        new("not-allowed", "Alleen de voorzitter, de productmanager of de community manager kan een stemming starten.");
    public static readonly Rejection OnlyManagersMayClose =
        new("not-allowed", "Alleen de voorzitter, de productmanager of de community manager kan deze stemming sluiten.");
    public static readonly Rejection VoteNotConfirmed =
        new("vote-unknown", "We konden je stem niet bevestigen. Probeer het opnieuw: je stem wordt maar één keer geteld.");
    public static readonly Rejection NotInSteeringGroupChannel =
        new("no-steering-group", "Start een stemming in het kanaal van je stuurgroep. Dit kanaal is nog niet aan een stuurgroep gekoppeld.");
    public static readonly Rejection InvalidClosingTime =
        new("closing-time-invalid", "Geef een geldige sluitingsdatum en -tijd op (bijvoorbeeld 2026-12-01 om 17:00).");

    public const string PollKindName = "Stemming";
    public const string VoteButton = "Stem";
    public const string ChangeVoteButton = "Wijzig mijn stem";
    public const string CloseButton = "Sluit de stemming";
    public const string RefreshButton = "Vernieuwen";
    public const string StartButton = "Stemming starten";
    public const string ClosedCounting = "Gesloten. De stemmen worden geteld; de uitslag verschijnt zo meteen.";
    public const string NotAMemberNotice = "Je zit niet in deze stuurgroep en kan dus niet stemmen.";
}
