using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;

namespace CoopBot.Registry;

/// <summary>Eligibility from the registry's seats; the rules live in the domain (SteeringGroupEligibility, SeatRolePolicy).</summary>
internal sealed class RegistryVoterEligibility(IMembershipDirectory directory) : IVoterEligibility
{
    public async Task<Result<MemberSeat>> CheckVoterAsync(string steeringGroupId, string? aadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(aadObjectId))
        {
            return Result<MemberSeat>.Fail("unknown-user", RegistryTexts.UnknownVoter);
        }

        var seats = await directory.GetSeatsAsync(steeringGroupId, ct);
        var own = seats.Where(s => Same(s.AadObjectId, aadObjectId)).ToList();
        var person = new Person(aadObjectId, own.FirstOrDefault()?.Name ?? string.Empty, string.Empty, own.FirstOrDefault()?.Seat.OrganisationId ?? string.Empty);
        var verdict = SteeringGroupEligibility.CanVote(person, steeringGroupId, seats.Select(s => s.Seat), now);
        return verdict.IsSuccess
            ? Result<MemberSeat>.Success(own.First(s => s.Seat.Id == verdict.Value.Id))
            : Result<MemberSeat>.Fail(verdict.Rejection);
    }

    public async Task<IReadOnlyList<MemberSeat>> GetEligibleVotersAsync(string steeringGroupId, DateTimeOffset now, CancellationToken ct)
    {
        var seats = await directory.GetSeatsAsync(steeringGroupId, ct);

        // Whether a person may vote depends only on their own seats; grouping keeps this linear for large groups.
        var byPerson = seats.ToLookup(s => s.AadObjectId, StringComparer.OrdinalIgnoreCase);
        return seats.Where(s => CanVote(s, steeringGroupId, byPerson[s.AadObjectId].ToList(), now)).ToList();
    }

    public async Task<IReadOnlyList<MemberSeat>> GetManagersAsync(string steeringGroupId, DateTimeOffset now, CancellationToken ct)
    {
        var seats = await directory.GetSeatsAsync(steeringGroupId, ct);
        return seats.Where(s => TermRules.IsActive(s.Seat, now) && SeatRolePolicy.For(s.Seat.Role).CanCreateDecisions).ToList();
    }

    public async Task<bool> CanManageDecisionsAsync(string steeringGroupId, string? aadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        var seats = await directory.GetSeatsAsync(steeringGroupId, ct);
        if (seats.Any(s => Same(s.AadObjectId, aadObjectId) && TermRules.IsActive(s.Seat, now) && SeatRolePolicy.For(s.Seat.Role).CanCreateDecisions))
        {
            return true;
        }

        // Issue 4: the community manager (no seat) may also create and manage stuurgroep decisions.
        return aadObjectId is not null && Same((await directory.GetCommunityManagerAsync(ct))?.Person.Person.AadObjectId, aadObjectId);
    }

    private static bool CanVote(MemberSeat member, string steeringGroupId, IReadOnlyList<MemberSeat> seats, DateTimeOffset now) =>
        SteeringGroupEligibility.CanVote(
            new Person(member.AadObjectId, member.Name, string.Empty, member.Seat.OrganisationId), steeringGroupId, seats.Select(s => s.Seat), now).IsSuccess;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
