using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>The candidate moments of a meeting time poll.</summary>
public static class TimePollSlots
{
    /// <summary>Fewest slots: with one there is nothing to choose.</summary>
    public const int MinSlots = 2;

    /// <summary>Most slots, to keep the card answerable on a phone.</summary>
    public const int MaxSlots = 6;

    /// <summary>Validates the slots: 2–6, each in the future, with a positive duration, a place when on-site, no repeats.</summary>
    public static Result<IReadOnlyList<SlotCandidate>> Validate(IReadOnlyList<SlotCandidate> slots, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Count is < MinSlots or > MaxSlots)
        {
            return MeetingRejections.SlotCount;
        }

        if (slots.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != slots.Count)
        {
            throw new ArgumentException("Slot ids are unique within a time poll.", nameof(slots));
        }

        var seen = new HashSet<(DateTimeOffset, bool, string?)>();
        foreach (var slot in slots)
        {
            var refused = slot.Duration <= TimeSpan.Zero ? MeetingRejections.SlotDuration(slot)
                : !slot.IsOnline && string.IsNullOrWhiteSpace(slot.Place) ? MeetingRejections.SlotPlaceMissing(slot)
                : slot.StartsAt <= now ? MeetingRejections.SlotInPast(slot)
                : !seen.Add((slot.StartsAt.ToUniversalTime(), slot.IsOnline, slot.Place?.Trim())) ? MeetingRejections.SlotDuplicate(slot)
                : null;
            if (refused is not null)
            {
                return refused;
            }
        }

        return Result<IReadOnlyList<SlotCandidate>>.Success(slots);
    }
}
