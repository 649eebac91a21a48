using CoopBot.Domain.Common;

namespace CoopBot.Meetings;

/// <summary>Dutch (nl-BE) user text of the meetings feature, in one place.</summary>
internal static partial class MeetingTexts
{
    public static readonly Rejection NotFound = new("vergadering.onbekend", "Deze vergadering bestaat niet (meer).");
    public static readonly Rejection OnlyManagers = new(
        "vergadering.niet-toegestaan", "Alleen de voorzitter, de vervangend voorzitter of de productmanager van deze stuurgroep kan vergaderingen plannen en beheren.");
    public static readonly Rejection OnlyMembers = new(
        "vergadering.geen-lid", "Je hebt geen zitje in deze stuurgroep, dus je kan hier niet antwoorden.");
    public static readonly Rejection NotInChannel = new(
        "vergadering.geen-stuurgroep", "Plan een vergadering in het kanaal van je stuurgroep. Dit kanaal is nog niet aan een stuurgroep gekoppeld.");
    public static readonly Rejection InvalidMoment = new(
        "vergadering.moment-ongeldig", "Geef een geldige datum, een beginuur en een duur in minuten (15 tot 480) op.");
    public static readonly Rejection NotPolling = new(
        "tijdspeiling.gesloten", "Het moment van deze vergadering ligt al vast; de tijdspeiling is gesloten.");
    public static readonly Rejection UnknownSlot = new("tijdspeiling.onbekend-moment", "Kies een van de voorgestelde momenten.");
    public static readonly Rejection NoAnswersGiven = new("tijdspeiling.leeg", "Duid voor minstens één moment aan of je kan.");
    public static readonly Rejection StillPolling = new(
        "vergadering.nog-geen-moment", "Het moment ligt nog niet vast. Kies eerst een moment uit de tijdspeiling.");
    public static readonly Rejection NotHeldYet = new(
        "verslag.nog-niet-gehouden", "Het verslag kan pas na de vergadering worden ingevuld.");
    public static readonly Rejection MinutesPublished = new("verslag.al-gepubliceerd", "Het verslag van deze vergadering is al gepubliceerd.");

    public static readonly Rejection MinutesAwaitingApproval = new(
        "verslag.wacht-op-goedkeuring", "Het verslag van deze vergadering wacht op goedkeuring door de stuurgroep; stem over het voorstel in het kanaal.");

    public const string AgendaUpdated = "Bijgewerkte agenda: de stuurgroep heeft punten toegevoegd.";

    public const string MinutesSubmittedForApproval =
        "Het verslag ligt ter goedkeuring voor: de stuurgroep stemt over het voorstel in het kanaal. Na goedkeuring wordt het gepubliceerd.";

    public const string MinutesNotApproved =
        "De stuurgroep heeft het verslag niet goedgekeurd. De voorzitter kan een aangepast verslag invullen via de vergaderkaart.";

    public const string ApprovalDescription =
        "Keurt de stuurgroep het verslag van deze vergadering goed? Het volledige ontwerpverslag staat in de draad van de vergadering. Na goedkeuring gaat het verslag naar het kanaal en, zonder vertrouwelijke punten, naar alle afnemers.";

    public static string ApprovalTitle(MeetingView view) =>
        $"Goedkeuring verslag: {view.Meeting.Title} van {Common.DutchFormat.Date(view.Meeting.Slot!.StartsAt, view.TimeZone)}";

    public static readonly Rejection NoDraftMinutes = new("verslag.geen-ontwerp", "Er wacht geen verslag op goedkeuring.");
    public static readonly Rejection MinutesText = new(
        "verslag.tekst", $"Schrijf per agendapunt een korte tekst van hoogstens {CoopBot.Domain.Meetings.AgendaRules.MinutesTextMaxLength} tekens.");
    public static readonly Rejection FeedbackText = new("feedback.tekst", "Schrijf je feedback in 1 tot 1000 tekens.");
    public static readonly Rejection FeedbackNotOpen = new("feedback.niet-open", "Voor deze vergadering kan je (nog) geen feedback geven.");

    public static Rejection UnknownDecision(string id) => new(
        "vergadering.onbekend-voorstel", $"Voorstel '{id}' bestaat niet in het besluitenregister van deze stuurgroep.");

    public static Rejection DecisionNotOpen(string id) => new(
        "agenda.voorstel-niet-open", $"Voorstel '{id}' is niet meer open; koppel alleen lopende voorstellen aan de agenda.");

    public const string DefaultTitle = "Vergadering van de stuurgroep";
    public const string ConfidentialMarker = "vertrouwelijk punt";
    public static string NoMeetingNotice(int year, string steeringGroupName) =>
        $"Er staat voor {year} nog geen vergadering van {CoopBot.Domain.Registry.SteeringGroupNames.WithArticle(steeringGroupName)} gepland. {CoopBot.Domain.Meetings.MeetingCap.RuleText} Plan er een met \"@CoopBot vergadering plannen\" in het kanaal van de stuurgroep.";
}
