using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>The answers for one slot, counted.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="Ja">Answers "ja".</param>
/// <param name="AlsHetMoet">Answers "als het moet".</param>
/// <param name="Nee">Answers "nee".</param>
public sealed record SlotSummary(SlotCandidate Slot, int Ja, int AlsHetMoet, int Nee)
{
    /// <summary>Total answers for this slot.</summary>
    public int Answers => Ja + AlsHetMoet + Nee;

    /// <summary>One summary per slot, in slot order. When a person answered a slot more than once, the last answer counts.</summary>
    public static IReadOnlyList<SlotSummary> Build(IEnumerable<SlotCandidate> slots, IEnumerable<SlotAnswer> answers)
    {
        var current = answers
            .GroupBy(a => (a.PersonId, a.SlotId))
            .Select(g => g.Last())
            .ToLookup(a => a.SlotId, a => a.Availability, StringComparer.Ordinal);
        return slots.Select(s => new SlotSummary(
                s,
                current[s.Id].Count(a => a == Availability.Ja),
                current[s.Id].Count(a => a == Availability.AlsHetMoet),
                current[s.Id].Count(a => a == Availability.Nee)))
            .ToList();
    }
}

/// <summary>Which slot to propose as the meeting moment.</summary>
public static class BestSlot
{
    /// <summary>
    /// Most "ja"; on a tie fewest "nee" (who cannot come weighs more than who prefers not to); then most "als het moet";
    /// then the earliest start, so the meeting is not pushed back for nothing. Refused while nobody answered.
    /// </summary>
    public static Result<SlotSummary> Pick(IEnumerable<SlotSummary> summaries)
    {
        var list = summaries.ToList();
        if (list.All(s => s.Answers == 0))
        {
            return MeetingRejections.NoAnswers;
        }

        var best = list
            .OrderByDescending(s => s.Ja)
            .ThenBy(s => s.Nee)
            .ThenByDescending(s => s.AlsHetMoet)
            .ThenBy(s => s.Slot.StartsAt)
            .ThenBy(s => s.Slot.Id, StringComparer.Ordinal)
            .First();
        return Result<SlotSummary>.Success(best);
    }
}
