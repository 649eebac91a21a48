using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>Who may take a seat in a stuurgroep.</summary>
public static class SeatRules
{
    /// <summary>
    /// Seed 002: "één zitje per bibliotheek". A second member seat for the same organisation in the same stuurgroep with an
    /// overlapping term is refused; the same organisation may sit in other stuurgroepen, and may follow up after a term ended.
    /// Staff roles (chair, product manager) are not member seats and do not count. A person holds one seat per stuurgroep.
    /// </summary>
    public static Result<Seat> CanAddSeat(IEnumerable<Seat> existingSeats, Seat newSeat, IEnumerable<Organisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(existingSeats);
        ArgumentNullException.ThrowIfNull(newSeat);
        ArgumentNullException.ThrowIfNull(organisations);
        var concurrent = existingSeats
            .Where(s => s.Id != newSeat.Id && s.SteeringGroupId == newSeat.SteeringGroupId && s.Overlaps(newSeat))
            .ToList();

        if (concurrent.Any(s => s.PersonId == newSeat.PersonId))
        {
            return SeatRejections.PersonAlreadySeated;
        }

        var isMember = SeatRolePolicy.For(newSeat.Role).IsMember;
        var sameOrganisation = concurrent.Any(s =>
            s.OrganisationId == newSeat.OrganisationId && SeatRolePolicy.For(s.Role).IsMember);
        if (isMember && sameOrganisation)
        {
            var organisation = organisations.SingleOrDefault(o => o.Id == newSeat.OrganisationId)
                ?? throw new ArgumentException($"Unknown organisation {newSeat.OrganisationId}.", nameof(organisations));
            return SeatRejections.OneSeatPerOrganisation(organisation);
        }

        return Result<Seat>.Success(newSeat);
    }
}
