using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>Dutch (nl-BE) user text of the escalation feature, in one place.</summary>
internal static partial class EscalationTexts
{
    public static readonly Rejection KindRequired = new(
        "escalatie.soort-ontbreekt", "Kies of het bedrag een financiële verbintenis of een bestelling is.");

    public static readonly Rejection NotFound = new("escalatie.onbekend", "Voor dit voorstel loopt geen bevestiging (meer).");

    public static readonly Rejection UnknownUser = new("escalatie.gebruiker-onbekend", "Ik kan je Teams-account niet herkennen.");

    public static readonly Rejection UnknownBody = new("escalatie.orgaan-onbekend", "Dit orgaan ken ik niet.");

    public const string SectionTitle = "Financieel besluit";
    public const string PreviewHeading = "Controleer het bedrag";
    public const string OpenVoteButton = "Stemming openen";
    public const string EditButton = "Aanpassen";
    public const string ConfirmButton = "Bevestigen";
    public const string RefuseButton = "Weigeren";
    public const string RefuseSubmitButton = "Weigering versturen";
    public const string RefuseReasonLabel = "Reden van de weigering (de stuurgroep ziet ze)";
    public const string AcknowledgeOverrun = "Ik erken dat dit voorstel de deelbegroting overschrijdt.";
    public const string KindLabel = "Soort";
    public const string Confirmed = "Je bevestiging is geregistreerd.";
    public const string Refused = "Je weigering en de reden zijn geregistreerd.";

    // "mijn bevestigingen" (MyConfirmations).
    public const string MyConfirmationsTitle = "Mijn bevestigingen";
    public const string NoConfirmingBody =
        "Je zit niet in de directie, het financieel comité of de Raad van Bestuur en je bent niet de voorzitter van Cultuurconnect: er wachten geen bevestigingen op jou.";
    public const string NothingWaiting = "Er wacht geen enkel besluit op een bevestiging van jou.";
    public const string AmountLabel = "Bedrag";
    public const string WaitsForLabel = "Wacht op";
    public const string WaitingSinceLabel = "Wacht sinds";
    public const string ConfirmOnTheCard = "Bevestig of weiger op de bevestigingskaart in het gesprek van je orgaan.";

    public static string MyBodies(IEnumerable<string> bodies) => $"Je bevestigt namens: {string.Join(", ", bodies)}.";

    /// <summary>Issue 16 §3: the four-eyes rule (domain FourEyesRule), said on every confirmation card.</summary>
    public const string FourEyes =
        "Vier ogen: wie dit besluit startte of de stuurgroep voorzat, bevestigt het niet zelf. Een ander lid van het orgaan doet dat.";

    /// <summary>Seed 002: signing contracts and authorising invoices stay with Cultuurconnect staff; the bot only records.</summary>
    public const string RecordsOnly =
        "CoopBot legt het besluit en de bevestigingen vast. Contracten ondertekenen, facturen goedkeuren en het besluit uitvoeren "
        + "blijven de taak van de verantwoordelijke medewerker van Cultuurconnect.";

    public static string OpensAfterConfirmation(EscalationTier tier) => tier == EscalationTier.StuurgroepAlone
        ? "Dit bedrag valt binnen het mandaat van de stuurgroep: na goedkeuring is het besluit meteen definitief."
        : $"Na goedkeuring door de stuurgroep is het besluit nog niet definitief: {Lower(EscalationNames.DisplayName(tier))}.";

    public static string BudgetLine(BudgetNote note, int year) => note.Exceeded
        ? $"Overschrijding van de deelbegroting {year} met {Euro(note.ShortfallCents)} (nog beschikbaar: {Euro(note.RemainingCents)})"
          + (note.AcknowledgedByName is { } who && note.AcknowledgedAt is not null ? $", erkend door {who}" : string.Empty)
        : $"Binnen de deelbegroting {year} (nog beschikbaar: {Euro(note.RemainingCents)})";

    public static string BodyDecisionLine(BodyDecision decision, string when) => decision.Confirmed
        ? $"bevestigd door {decision.ActorName} op {when}"
        : $"geweigerd door {decision.ActorName} op {when}: {decision.Reason}";

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Euro(long cents) => Domain.Amounts.Money.FromCents(cents).ToString();
}
