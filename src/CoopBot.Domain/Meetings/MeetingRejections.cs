using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>Why a meeting or time poll was refused: stable codes with the Dutch sentence for the user.</summary>
public static class MeetingRejections
{
    public static Rejection SlotCount { get; } = new(
        "tijdspeiling.aantal-momenten", $"Een tijdspeiling heeft {TimePollSlots.MinSlots} tot {TimePollSlots.MaxSlots} mogelijke momenten.");

    public static Rejection NoAnswers { get; } = new(
        "tijdspeiling.geen-antwoorden", "Nog niemand heeft de tijdspeiling ingevuld, dus er is nog geen beste moment.");

    public static Rejection CapReached(int year, int counted) => new(
        "vergadering.max-per-jaar",
        $"{MeetingCap.RuleText} In {year} zijn er al {counted} vergaderingen gepland of gehouden. Annuleer of verplaats eerst een vergadering.");

    public static Rejection StartInPast { get; } = new(
        "vergadering.moment-voorbij", "Dat moment ligt in het verleden. Kies een datum en uur in de toekomst.");

    public static Rejection NotStartedYet { get; } = new(
        "vergadering.nog-niet-begonnen", "De vergadering is nog niet begonnen, dus ze kan nog niet als gehouden worden gemarkeerd.");

    public static Rejection Title { get; } = new(
        "vergadering.titel", $"De titel van de vergadering is te lang: hoogstens {MeetingTitles.MaxLength} tekens.");

    public static Rejection AgendaFull { get; } = new(
        "agenda.vol", $"De agenda heeft al {AgendaRules.MaxItems} punten; meer past er niet op.");

    public static Rejection AgendaTitle { get; } = new(
        "agenda.titel", $"Geef het agendapunt een titel van hoogstens {AgendaRules.TitleMaxLength} tekens.");

    public static Rejection AgendaPresenter { get; } = new(
        "agenda.toelichter", $"Vul in wie het punt toelicht (hoogstens {AgendaRules.PresenterMaxLength} tekens).");

    public static Rejection AgendaMinutes { get; } = new(
        "agenda.duur", $"Geef de duur van het punt in minuten, van 1 tot {AgendaRules.MaxMinutes}.");

    public static Rejection AgendaDecisionLinks { get; } = new(
        "agenda.voorstellen", $"Koppel hoogstens {AgendaRules.MaxDecisionLinks} voorstellen aan één agendapunt.");

    public static Rejection NotPlanned(MeetingStatus status) => new(
        "vergadering.niet-gepland",
        $"Deze vergadering is {(status == MeetingStatus.Gehouden ? "al gehouden" : "geannuleerd")}; ze kan niet meer worden gewijzigd.");

    public static Rejection SlotDuration(SlotCandidate slot) => new(
        "tijdspeiling.duur", $"Het moment van {Describe(slot)} heeft geen geldige duur.");

    public static Rejection SlotPlaceMissing(SlotCandidate slot) => new(
        "tijdspeiling.plaats-ontbreekt", $"Het moment van {Describe(slot)} is ter plaatse: vul de plaats in.");

    public static Rejection SlotInPast(SlotCandidate slot) => new(
        "tijdspeiling.moment-voorbij", $"Het moment van {Describe(slot)} ligt in het verleden.");

    public static Rejection SlotDuplicate(SlotCandidate slot) => new(
        "tijdspeiling.dubbel-moment", $"Het moment van {Describe(slot)} staat er twee keer in.");

    private static string Describe(SlotCandidate slot) =>
        slot.StartsAt.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
