using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>
/// Who may vote in a stuurgroep decision: only the person holding a seat in THAT stuurgroep, with a voting role, ratified
/// by the Raad van Bestuur, within its term. A seat is personal (seed 002: "niet de bedoeling om zich door een collega van
/// de eigen instelling te laten vervangen"), so there is no substitute and no proxy in stuurgroep votes.
/// </summary>
public static class SteeringGroupEligibility
{
    /// <summary>The seat that gives the vote, or why there is none.</summary>
    public static Result<Seat> CanVote(Person person, string steeringGroupId, IEnumerable<Seat> seats, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(seats);
        var inGroup = seats.Where(s => s.SteeringGroupId == steeringGroupId).ToList();
        var own = inGroup.Where(s => s.PersonId == person.AadObjectId).OrderByDescending(s => s.TermStart).ToList();
        if (own.Count == 0)
        {
            var colleagueSeated = inGroup.Any(s => s.OrganisationId == person.OrganisationId && TermRules.IsActive(s, now));
            return colleagueSeated ? SeatRejections.SeatIsPersonal : SeatRejections.NoSeat;
        }

        var granting = own.FirstOrDefault(s => WhyNot(s, now) is null);
        return granting is not null ? Result<Seat>.Success(granting) : WhyNot(own[0], now)!;
    }

    // Role first: a chair never votes, whatever the term. Then the term, then the ratification.
    private static Rejection? WhyNot(Seat seat, DateTimeOffset now)
    {
        var role = SeatRolePolicy.For(seat.Role);
        if (!role.CanVote)
        {
            return SeatRejections.RoleDoesNotVote(role);
        }

        if (now < seat.TermStart)
        {
            return SeatRejections.TermNotStarted(seat);
        }

        if (now >= seat.TermEnd)
        {
            return SeatRejections.TermEnded(seat);
        }

        return seat.Ratification == RatificationStatus.Bekrachtigd ? null : SeatRejections.NotRatified;
    }
}
