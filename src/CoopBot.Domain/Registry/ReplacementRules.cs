using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>
/// Replacing a member during the term. Seed 002: only for an imbalance (see <see cref="ReplacementReason"/>);
/// "Cultuurconnect bereidt een vervanging voor. De leden van de stuurgroep en raad van bestuur beslissen."
/// The incoming member finishes the outgoing member's term, so the composition keeps one common end date.
/// </summary>
public static class ReplacementRules
{
    /// <summary>Prepares a replacement; the incoming seat is provisionally set from <paramref name="at"/> to the outgoing end.</summary>
    public static Result<Replacement> Prepare(
        string id, Seat outgoing, Seat incoming, ReplacementReason? reason, ReplacementPreparer preparer, DateTimeOffset at,
        IEnumerable<Seat> seatsOfSteeringGroup, IEnumerable<Organisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(preparer);
        if (outgoing.SteeringGroupId != incoming.SteeringGroupId || incoming.RatifiedOn is not null)
        {
            throw new ArgumentException("The incoming seat is a proposed seat in the same stuurgroep.", nameof(incoming));
        }

        if (reason is not { } recorded)
        {
            return SeatRejections.ReasonRequired;
        }

        if (!preparer.IsCultuurconnectStaff)
        {
            return SeatRejections.OnlyCultuurconnectPrepares;
        }

        if (at >= outgoing.TermEnd)
        {
            return SeatRejections.ReplacedSeatEnded(outgoing);
        }

        var provisional = incoming with { TermStart = at, TermEnd = outgoing.TermEnd };
        var others = seatsOfSteeringGroup.Where(s => s.Id != outgoing.Id);
        var allowed = SeatRules.CanAddSeat(others, provisional, organisations);
        return allowed.Rejection is { } refused
            ? refused
            : Result<Replacement>.Success(new Replacement(id, outgoing, provisional, recorded, preparer.PersonId, at, RatifiedOn: null));
    }

    /// <summary>
    /// Records that the stuurgroep members agreed and the Raad van Bestuur ratified; from <paramref name="effectiveAt"/> the
    /// outgoing seat ends and the incoming seat counts.
    /// </summary>
    public static Result<ReplacementOutcome> Ratify(
        Replacement replacement, bool steeringGroupAgreed, DateOnly ratifiedOn, DateTimeOffset effectiveAt)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.RatifiedOn is { } earlier)
        {
            return SeatRejections.AlreadyRatified(earlier);
        }

        if (!steeringGroupAgreed)
        {
            return SeatRejections.SteeringGroupMustAgree;
        }

        if (effectiveAt >= replacement.Outgoing.TermEnd)
        {
            return SeatRejections.ReplacedSeatEnded(replacement.Outgoing);
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(effectiveAt, replacement.Outgoing.TermStart);

        var outgoing = replacement.Outgoing with { TermEnd = effectiveAt };
        var incoming = replacement.Incoming with { TermStart = effectiveAt, RatifiedOn = ratifiedOn };
        var ratified = replacement with { RatifiedOn = ratifiedOn, Incoming = incoming };
        return Result<ReplacementOutcome>.Success(new ReplacementOutcome(ratified, outgoing, incoming));
    }
}

/// <summary>Who prepares a replacement, with the fact whether they are Cultuurconnect staff.</summary>
/// <param name="PersonId">AAD object id.</param>
/// <param name="IsCultuurconnectStaff">True for Cultuurconnect staff (e.g. the community manager).</param>
public sealed record ReplacementPreparer(string PersonId, bool IsCultuurconnectStaff);
