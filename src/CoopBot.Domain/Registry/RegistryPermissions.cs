using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>
/// Who may look at or change how a stuurgroep is put together: its chair (voorzitter or vervangend voorzitter, with an
/// active seat in THAT stuurgroep) and the community manager, who prepares compositions for Cultuurconnect (seed 002).
/// </summary>
public static class RegistryPermissions
{
    /// <summary>The composition balance report ("samenstelling").</summary>
    public static Result<bool> CanViewComposition(string personId, string steeringGroupId, IEnumerable<Seat> seats, bool isCommunityManager, DateTimeOffset now) =>
        IsChairOrCommunityManager(personId, steeringGroupId, seats, isCommunityManager, now) ? true : FeedbackRejections.OnlyChairOrCommunityManager;

    /// <summary>Linking a Teams team to the stuurgroep.</summary>
    public static Result<bool> CanLinkTeam(string personId, string steeringGroupId, IEnumerable<Seat> seats, bool isCommunityManager, DateTimeOffset now) =>
        IsChairOrCommunityManager(personId, steeringGroupId, seats, isCommunityManager, now) ? true : FeedbackRejections.OnlyChairMayLink;

    /// <summary>True for an active voorzitter or vervangend voorzitter seat of the person in the stuurgroep.</summary>
    public static bool IsChair(string personId, string steeringGroupId, IEnumerable<Seat> seats, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seats);
        return seats.Any(s => s.SteeringGroupId == steeringGroupId
            && string.Equals(s.PersonId, personId, StringComparison.OrdinalIgnoreCase)
            && s.Role is SeatRole.Voorzitter or SeatRole.VervangendVoorzitter
            && TermRules.IsActive(s, now));
    }

    private static bool IsChairOrCommunityManager(string personId, string steeringGroupId, IEnumerable<Seat> seats, bool isCommunityManager, DateTimeOffset now) =>
        isCommunityManager || IsChair(personId, steeringGroupId, seats, now);
}
