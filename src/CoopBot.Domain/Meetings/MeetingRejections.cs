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
