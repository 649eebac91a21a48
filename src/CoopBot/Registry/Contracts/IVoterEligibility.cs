using CoopBot.Domain.Common;

namespace CoopBot.Registry.Contracts;

/// <summary>The one interface every decision asks "may this person vote here?", filled from the registry.</summary>
public interface IVoterEligibility
{
    /// <summary>The voter's active seat, or a Dutch rejection. Checked server-side on every vote.</summary>
    Task<Result<MemberSeat>> CheckVoterAsync(string steeringGroupId, string? aadObjectId, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<MemberSeat>> GetEligibleVotersAsync(string steeringGroupId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Those who may create, close or remind decisions in this stuurgroep (they get the chair view of cards).</summary>
    Task<IReadOnlyList<MemberSeat>> GetManagersAsync(string steeringGroupId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Whether the person may create, close or remind decisions in this stuurgroep.</summary>
    Task<bool> CanManageDecisionsAsync(string steeringGroupId, string? aadObjectId, DateTimeOffset now, CancellationToken ct);
}
