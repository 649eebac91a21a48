namespace CoopBot.Meetings;

/// <summary>Dutch confirmations after the actions on the meeting card, and the messages in its thread.</summary>
internal static partial class MeetingTexts
{
    public const string AnswersSaved = "Je antwoorden zijn bewaard. Je kan ze wijzigen tot de voorzitter een moment kiest.";
    public const string MomentFixed = "Het moment ligt vast. De vergadering is gepland.";
    public const string NotedPresent = "Genoteerd: je bent aanwezig.";
    public const string NotedAbsent = "Genoteerd: je bent afwezig.";
    public const string Rescheduled = "De vergadering is verplaatst.";
    public const string Cancelled = "De vergadering is geannuleerd.";
    public const string ItemAdded = "Het agendapunt is toegevoegd.";
    public const string MinutesPublishedNotice = "Het verslag is gepubliceerd: volledig in dit kanaal, openbaar naar alle afnemers.";
    public const string AnAfnemer = "Een afnemer";
    public const string FeedbackThanks = "Bedankt! Je feedback is doorgegeven aan de stuurgroep.";
    public const string MeetingEnded = "De vergadering is afgelopen. De voorzitter vult het verslag in via de knop \"Verslag invullen\" op de vergaderkaart.";
    public const string CalendarCancelled = "De vergadering van de stuurgroep is geannuleerd.";

    /// <summary>Feedback of an afnemer, relayed in the meeting's thread.</summary>
    public static string FeedbackRelayed(string who, bool onMinutes, string text) => $"Feedback van {who} op {(onMinutes ? "het verslag" : "de agenda")}: {text}";

    /// <summary>The body of the Outlook invitation; <paramref name="steeringGroupName"/> is e.g. "Stuurgroep Beleven".</summary>
    public static string CalendarBody(string steeringGroupName) =>
        $"Vergadering van {Domain.Registry.SteeringGroupNames.WithArticle(steeringGroupName)}. De agenda en het verslag staan in het Teams-kanaal van de stuurgroep.";
}
