namespace CoopBot.Meetings;

/// <summary>Dutch texts of the agenda and verslag: the public version for all afnemers, the full one and the verslag form.</summary>
internal static partial class MeetingTexts
{
    public const string PublicMinutesKind = "Verslag van de stuurgroep";
    public const string PublicAgendaKind = "Agenda van de stuurgroep";
    public const string PresentPrefix = "Aanwezig: ";
    public const string FeedbackWelcome = "Alle afnemers zijn welkom met feedback en ideeën voor de stuurgroep.";
    public const string FeedbackLabel = "Jouw feedback";
    public const string FeedbackRequired = "Schrijf eerst je feedback.";
    public const string SendFeedbackButton = "Feedback versturen";
    public const string DecisionsLabel = "Besluiten";
    public const string DraftMinutesKind = "Ontwerpverslag (ter goedkeuring, voor de stuurgroep)";
    public const string FullMinutesKind = "Verslag (volledig, voor de stuurgroep)";
    public const string FullAgendaKind = "Agenda (volledig, voor de stuurgroep)";
    public const string MinutesFormHeading = "Verslag invullen";
    public const string MinutesFormNote = "Vertrouwelijke punten en hun bedragen gaan alleen naar de stuurgroep; de afnemers zien er enkel \"vertrouwelijk punt\".";
    public const string ConfidentialNote = " (vertrouwelijk)";
    public const string ShortMinutesLabel = "Kort verslag";
    public const string PresentLabel = "Aanwezig";
    public const string PublishButton = "Verslag publiceren";
    public const string ApproveFirstButton = "Eerst laten goedkeuren";

    public static string Present(int count, int members, string names) => $"Aanwezig ({count} van {members}): {names}";
}
