namespace CoopBot.MeetingChat;

/// <summary>Dutch texts of CoopBot in the chat of a stuurgroep meeting.</summary>
internal static partial class MeetingChatTexts
{
    public const string Command = "stemming tijdens de vergadering";
    public const string NotAMeetingChat = "Een stemming tijdens de vergadering start je in de chat van een vergadering die CoopBot plande.";
    public const string BubbleTitle = "Stemming";
    public const string BubblePageTitle = "CoopBot: stemming tijdens de vergadering";
    public const string BubblePageText = "Er loopt een stemming in de vergaderchat. Open de chat en stem op de kaart van CoopBot; enkel de leden van de stuurgroep kunnen stemmen.";
    public const string StartHeading = "De vergadering is begonnen";
    public const string EndHeading = "De vergadering is afgelopen";
    public const string EndForChair = "Voorzitter: vul het verslag in. De leden keuren het eventueel goed in het kanaal.";
    public const string MinutesButton = "Verslag invullen";
    public const string DecisionsDuringMeeting = "Besluiten tijdens de vergadering";
    public const string NoDecisionsDuringMeeting = "Tijdens de vergadering werd geen stemming gestart.";

    public static string Notification(string kind, string title) => $"{kind} tijdens de vergadering: “{title}”. Stem op de kaart in de chat.";
}
