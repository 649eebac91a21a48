using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;

namespace CoopBot.Registry.Contracts;

/// <summary>
/// The one source of membership that every feature asks: who sits in which stuurgroep, and in which channel it decides.
/// </summary>
public interface IMembershipDirectory
{
    Task<SteeringGroup?> FindSteeringGroupAsync(string steeringGroupId, CancellationToken ct);

    /// <summary>The stuurgroep linked to a Teams team or channel, if any.</summary>
    Task<SteeringGroup?> FindByTeamAsync(string? teamId, string? channelId, CancellationToken ct);

    /// <summary>Seats of one stuurgroep, served from a short-lived cache so a vote costs no extra storage read.</summary>
    Task<IReadOnlyList<MemberSeat>> GetSeatsAsync(string steeringGroupId, CancellationToken ct);

    Task<IReadOnlyList<SteeringGroup>> GetSteeringGroupsAsync(CancellationToken ct);

    Task<Person?> FindPersonAsync(string aadObjectId, CancellationToken ct);

    Task<Organisation?> FindOrganisationAsync(string organisationId, CancellationToken ct);

    /// <summary>Organisations taking at least one service of the stuurgroep: its coöperanten (seed 002).</summary>
    Task<IReadOnlyList<Organisation>> GetCooperantsAsync(string steeringGroupId, CancellationToken ct);

    /// <summary>The persons known to represent the organisation.</summary>
    Task<IReadOnlyList<PersonContact>> GetRepresentativesAsync(string organisationId, CancellationToken ct);

    Task<PersonContact?> FindContactAsync(string aadObjectId, CancellationToken ct);

    /// <summary>A confirming body with its members and the conversation where its confirmation cards go.</summary>
    Task<GoverningBodyContact?> GetBodyAsync(ConfirmingBody body, CancellationToken ct);

    Task<CommunityManagerContact?> GetCommunityManagerAsync(CancellationToken ct);

    /// <summary>The afnemer's own conversation for broadcasts (agenda, verslag), if one is recorded.</summary>
    Task<ConversationTarget?> GetOrganisationConversationAsync(string organisationId, CancellationToken ct);

    Task<IReadOnlyList<Organisation>> GetOrganisationsAsync(CancellationToken ct);

    /// <summary>Every seat the person holds, in any stuurgroep (also ended or proposed ones).</summary>
    Task<IReadOnlyList<MemberSeat>> GetSeatsOfPersonAsync(string aadObjectId, CancellationToken ct);

    Task<IReadOnlyList<WorkingGroup>> GetWorkingGroupsAsync(string steeringGroupId, CancellationToken ct);

    /// <summary>The services of the stuurgroep, with the ids organisations use for "afnemer van".</summary>
    Task<IReadOnlyList<RegistryService>> GetServicesAsync(string steeringGroupId, CancellationToken ct);
}
