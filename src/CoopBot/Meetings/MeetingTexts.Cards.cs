namespace CoopBot.Meetings;

/// <summary>Dutch texts of the meeting card in the channel: time poll, meeting facts, agenda and the chair's actions.</summary>
internal static partial class MeetingTexts
{
    public const string KindTimePoll = "Vergadering · tijdspeiling";
    public const string KindMeeting = "Vergadering";
    public const string WhenLabel = "Wanneer";
    public const string WhereLabel = "Waar";
    public const string StatusLabel = "Status";
    public const string AttendanceLabel = "Aanwezigheid";
    public const string JoinButton = "Deelnemen aan de Teams-vergadering";
    public const string PresentButton = "Aanwezig";
    public const string AbsentButton = "Afwezig";
    public const string ChairButton = "Voorzitter";
    public const string FillInMinutesButton = "Verslag invullen";
    public const string AgendaHeading = "Agenda";
    public const string NoAgendaItems = "Nog geen agendapunten.";
    public const string ConfidentialSuffix = " · vertrouwelijk";
    public const string ProposalsLabel = "Voorstellen";
    public const string ItemTitleLabel = "Titel";
    public const string ItemTitleRequired = "Geef een titel.";
    public const string PresenterLabel = "Toelichting door";
    public const string PresenterRequired = "Vul in wie het punt toelicht.";
    public const string ItemMinutesLabel = "Duur (minuten)";
    public const string ItemConfidentialLabel = "Vertrouwelijk (offertes, budgetten: niet in het openbaar verslag)";
    public const string ItemAmountLabel = "Bedrag (€ excl. btw, optioneel)";
    public const string AddItemButton = "Agendapunt toevoegen";
    public const string NewMomentHeading = "Nieuw moment";
    public const string MoveButton = "Verplaatsen";
    public const string ChairOnly = "Alleen de voorzitter, de vervangend voorzitter of de productmanager kan deze acties uitvoeren.";
    public const string CancelMeetingButton = "Vergadering annuleren";
    public const string TimePollIntro = "Duid per moment aan of je kan: ja, als het moet of nee. Je kan je antwoorden wijzigen tot de voorzitter een moment kiest.";
    public const string YourAnswerPlaceholder = "Jouw antwoord";
    public const string MomentLabel = "Moment";
    public const string ChooseMoment = "Kies een moment.";
    public const string FixMomentButton = "Moment vastleggen";
    public const string AnswerButton = "Antwoorden";
    public const string PickMomentButton = "Moment kiezen (voorzitter)";
    public const string CancelButton = "Annuleren";
    public const string Online = "Online (Microsoft Teams)";
    public const string StatusPlanned = "Gepland";
    public const string StatusHeld = "Gehouden";
    public const string StatusCancelled = "Geannuleerd";

    public static string Attendance(int present, int absent, int waiting) => $"{present} aanwezig · {absent} afwezig · {waiting} nog niet geantwoord";

    public static string MinutesPublishedOn(string when) => $"Verslag gepubliceerd op {when}.";

    public static string ItemDetails(string presenter, int? minutes) => $"{presenter} · {minutes} min";

    public static string SlotSummary(int yes, int ifNeeded, int no) => $"{yes} ja · {ifNeeded} als het moet · {no} nee";

    public static string BestMomentSoFar(string when) => $"Beste moment tot nu toe: {when}";

    /// <summary>"dinsdag 9 juni 2026 om 14:00 tot 16:00".</summary>
    public static string WhenRange(string start, string endTime) => $"{start} tot {endTime}";

    public static string OnSite(string? place) => $"Ter plaatse: {place}";
}
