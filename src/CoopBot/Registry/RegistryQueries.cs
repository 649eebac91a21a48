using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using DomainGroup = CoopBot.Domain.Registry.SteeringGroup;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>Read-side application service of the registry chat commands: resolves groups and builds the views.</summary>
internal sealed class RegistryQueries(IMembershipDirectory directory, IOpenVotes openVotes) : IRegistryViews
{
    /// <summary>
    /// The stuurgroepen a command is about: the one named in the arguments (id or part of the name), else the one linked to
    /// this team/channel, else none (the caller decides what "all" means).
    /// </summary>
    public async Task<IReadOnlyList<SteeringGroup>> ResolveAsync(string arguments, string? teamId, string? channelId, CancellationToken ct)
    {
        var all = await directory.GetSteeringGroupsAsync(ct);
        var named = arguments.Trim();
        if (named.Length > 0)
        {
            return all.Where(g => string.Equals(g.Id, named, StringComparison.OrdinalIgnoreCase)
                || g.Name.Contains(named, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return await directory.FindByTeamAsync(teamId, channelId, ct) is { } linked ? [linked] : [];
    }

    public Task<IReadOnlyList<SteeringGroup>> ResolveAllAsync(CancellationToken ct) => directory.GetSteeringGroupsAsync(ct);

    public async Task<IReadOnlyList<SteeringGroupView>> MembersAsync(IEnumerable<SteeringGroup> groups, CancellationToken ct)
    {
        var organisations = (await directory.GetOrganisationsAsync(ct)).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var views = new List<SteeringGroupView>();
        foreach (var group in groups)
        {
            var seats = await directory.GetSeatsAsync(group.Id, ct);
            var lines = seats.Select(s => new SeatLine(
                s.Name, s.Seat.Role, organisations.TryGetValue(s.Seat.OrganisationId, out var o) ? o.Name : RegistryIds.OrganisationName(s.Seat.OrganisationId), s.Seat.TermEnd, s.Seat.RatifiedOn is not null));
            views.Add(new SteeringGroupView(group, lines.ToList(), await directory.GetWorkingGroupsAsync(group.Id, ct)));
        }

        return views;
    }

    /// <summary>The seats the person holds now or is proposed for, and the open votes where they have no ballot yet.</summary>
    public async Task<(IReadOnlyList<MySeatLine> Seats, IReadOnlyList<(string GroupName, OpenVoteItem Vote)> Votes)> MyGroupsAsync(
        string aadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        var groups = (await directory.GetSteeringGroupsAsync(ct)).ToDictionary(g => g.Id, StringComparer.Ordinal);
        var seats = (await directory.GetSeatsOfPersonAsync(aadObjectId, ct)).Where(s => s.Seat.TermEnd > now).ToList();
        var lines = seats
            .Select(s => new MySeatLine(Name(groups, s.Seat.SteeringGroupId), s.Seat.Role, s.Seat.TermEnd, TermRules.IsActive(s.Seat, now), s.Seat.RatifiedOn is not null))
            .ToList();
        var votes = new List<(string, OpenVoteItem)>();
        foreach (var seat in seats.Where(s => SeatRolePolicy.For(s.Seat.Role).CanVote && TermRules.IsActive(s.Seat, now)))
        {
            var open = await openVotes.FindWithoutBallotAsync(seat.Seat.SteeringGroupId, seat.AadObjectId, now, ct);
            votes.AddRange(open.Select(v => (Name(groups, v.SteeringGroupId), v)));
        }

        return (lines, votes);
    }

    public async Task<IReadOnlyList<(string GroupName, OpenVoteItem Vote)>> OpenVotesAsync(string aadObjectId, DateTimeOffset now, CancellationToken ct) =>
        (await MyGroupsAsync(aadObjectId, now, ct)).Votes;

    /// <summary>Balance reports of the groups the person may see (chair of that group, or the community manager).</summary>
    public async Task<Result<IReadOnlyList<(SteeringGroup Group, CompositionReport Report)>>> CompositionAsync(
        string aadObjectId, IReadOnlyList<SteeringGroup> requested, DateTimeOffset now, CancellationToken ct)
    {
        var isManager = await IsCommunityManagerAsync(aadObjectId, ct);
        var candidates = requested.Count > 0 ? requested : await directory.GetSteeringGroupsAsync(ct);
        var organisations = await directory.GetOrganisationsAsync(ct);
        var known = organisations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var reports = new List<(SteeringGroup, CompositionReport)>();
        foreach (var group in candidates)
        {
            var seats = (await directory.GetSeatsAsync(group.Id, ct)).Select(s => s.Seat).ToList();
            if (RegistryPermissions.CanViewComposition(aadObjectId, group.Id, seats, isManager, now).IsSuccess)
            {
                // A seat naming an organisation that is not in the registry cannot be classified; it is left out.
                var classified = seats.Where(s => !SeatRolePolicy.For(s.Role).IsMember || known.Contains(s.OrganisationId));
                reports.Add((group, CompositionReport.Build(group.Id, classified, organisations, now)));
            }
        }

        return reports.Count > 0
            ? Result<IReadOnlyList<(SteeringGroup, CompositionReport)>>.Success(reports)
            : Result<IReadOnlyList<(SteeringGroup, CompositionReport)>>.Fail(FeedbackRejections.OnlyChairOrCommunityManager);
    }

    public async Task<bool> IsCommunityManagerAsync(string? aadObjectId, CancellationToken ct) =>
        aadObjectId is not null
        && await directory.GetCommunityManagerAsync(ct) is { } manager
        && string.Equals(manager.Person.Person.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The domain's view of a stuurgroep: its services with the ids organisations take.</summary>
    public async Task<DomainGroup> ToDomainAsync(SteeringGroup group, CancellationToken ct)
    {
        var services = await directory.GetServicesAsync(group.Id, ct);
        return new DomainGroup(group.Id, group.Name, services.Select(s => new Service(s.Id, s.Name, s.IsPlanned)).ToList());
    }

    private static string Name(Dictionary<string, SteeringGroup> groups, string id) => groups.TryGetValue(id, out var g) ? g.Name : id;
}
