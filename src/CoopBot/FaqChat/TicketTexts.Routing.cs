namespace CoopBot.FaqChat;

/// <summary>Dutch text when a ticket action comes without a person CoopBot can recognise.</summary>
internal static partial class TicketTexts
{
    public const string UnknownUser = "Ik kan je Teams-account niet herkennen. Stel je vraag opnieuw vanuit Teams.";
}
