using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;

namespace CoopBot.Registry.Contracts;

/// <summary>What the registry shows a person outside its chat commands (the tab): their role, open votes and balance reports.</summary>
internal interface IRegistryViews
{
    /// <summary>Whether the person is the community manager.</summary>
    Task<bool> IsCommunityManagerAsync(string? aadObjectId, CancellationToken ct);

    /// <summary>The open votes where the person, by an active voting seat, has no ballot yet, with the stuurgroep's name.</summary>
    Task<IReadOnlyList<(string GroupName, OpenVoteItem Vote)>> OpenVotesAsync(string aadObjectId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Balance reports of the groups the person may see (chair of that group, or the community manager).</summary>
    Task<Result<IReadOnlyList<(SteeringGroup Group, CompositionReport Report)>>> CompositionAsync(
        string aadObjectId, IReadOnlyList<SteeringGroup> requested, DateTimeOffset now, CancellationToken ct);
}

/// <summary>Fixed registry ids and the names shown for them.</summary>
internal static class RegistryIds
{
    /// <summary>The organisation id of Cultuurconnect staff (chairs, product managers, community manager); not a coöperant.</summary>
    public const string Cultuurconnect = "cultuurconnect";

    /// <summary>The name shown for an organisation id that is not a registered organisation (Cultuurconnect itself).</summary>
    public static string OrganisationName(string id) => id == Cultuurconnect ? "Cultuurconnect" : id;
}
