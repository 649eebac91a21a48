using CoopBot.Domain.Common;

namespace CoopBot.Domain.Faq;

/// <summary>The Dutch refusals of the ticket lifecycle.</summary>
public static class TicketRejections
{
    public static readonly Rejection NotCommunityManager =
        new("not-community-manager", "Alleen de community manager kan vragen opnemen en beantwoorden.");
    public static readonly Rejection NotAllowedToReopen =
        new("not-allowed-reopen", "Alleen wie de vraag stelde of de community manager kan ze heropenen.");
    public static readonly Rejection AlreadyTaken = new("already-taken", "Deze vraag is al opgenomen.");
    public static readonly Rejection AlreadyAnswered = new("already-answered", "Deze vraag is al beantwoord. Heropen ze om ze opnieuw te beantwoorden.");
    public static readonly Rejection NotTaken = new("not-taken", "Neem de vraag eerst op voor je ze beantwoordt.");
    public static readonly Rejection TakenBySomeoneElse = new("taken-by-other", "Iemand anders heeft deze vraag opgenomen.");
    public static readonly Rejection NotAnswered = new("not-answered", "Deze vraag is nog niet beantwoord, dus heropenen kan niet.");
    public static readonly Rejection EmptyAnswer = new("answer-empty", "Schrijf eerst een antwoord.");

    public static readonly Rejection AnswerTooLong =
        new("answer-too-long", $"Een antwoord telt hoogstens {TicketLifecycle.AnswerMaxLength} tekens.");
}
