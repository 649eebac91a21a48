using CoopBot.Domain.Common;
using CoopBot.Domain.Faq;

namespace CoopBot.FaqChat;

/// <summary>Dutch (nl-BE) user text of the tickets ("Vraag het aan de community manager").</summary>
internal static partial class TicketTexts
{
    public static readonly Rejection NoCommunityManager =
        new("no-community-manager", "Er is nog geen community manager ingesteld, dus ik kan je vraag niet doorsturen. Probeer het later opnieuw.");
    public static readonly Rejection TicketNotFound = new("ticket-not-found", "Deze vraag bestaat niet (meer).");
    public static readonly Rejection EmptyQuestion = new("question-empty", "Stel eerst een vraag.");
    public static readonly Rejection Conflict = new("ticket-conflict", "Deze vraag werd intussen gewijzigd. Vernieuw de kaart en probeer opnieuw.");

    public const string CardKind = "Vraag voor de community manager";
    public const string AskedBy = "Gesteld door";
    public const string AskedOn = "Gesteld op";
    public const string Status = "Status";
    public const string StatusOpen = "Open";
    public const string TakeButton = "Opnemen";
    public const string AnswerLabel = "Antwoord";
    public const string AnswerPlaceholder = "Je antwoord gaat in een persoonlijk bericht naar wie de vraag stelde.";
    public const string AnswerButton = "Beantwoorden";
    public const string ReopenButton = "Heropenen";
    public const string AskerReopenButton = "Mijn vraag is nog niet beantwoord";
    public const string SentTitle = "Je vraag is doorgestuurd";
    public const string SentBody = "De community manager bekijkt je vraag. Het antwoord krijg je in een persoonlijk bericht van CoopBot.";
    public const string AnswerTitle = "Antwoord van de community manager";
    public const string Reopened = "Je vraag staat weer open bij de community manager.";

    public static string StatusText(TicketState state) => state.Status switch
    {
        TicketStatus.Open => StatusOpen,
        TicketStatus.Taken => $"Opgenomen door {state.AssigneeName}",
        _ => $"Beantwoord door {state.AssigneeName}",
    };
}
