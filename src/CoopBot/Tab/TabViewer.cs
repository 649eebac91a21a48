using CoopBot.Registry.Contracts;
using System.Security.Claims;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;

namespace CoopBot.Tab;

/// <summary>
/// Who is looking at the tab, from the registry on every request (never from the cookie): roles change, the session does
/// not need to be renewed for it. Authorization reads this record and nothing else.
/// </summary>
internal sealed record TabViewer(
    Person Person,
    IReadOnlyList<MemberSeat> Seats,
    bool IsCommunityManager,
    IReadOnlyList<ConfirmingBody> Bodies,
    IReadOnlyList<string> CooperantOf)
{
    /// <summary>Stuurgroepen the person may open at all: a seat (any term), a coöperant organisation, or a Cultuurconnect-wide role.</summary>
    public bool MaySee(string steeringGroupId) =>
        IsCommunityManager || Bodies.Count > 0 || Seats.Any(s => s.Seat.SteeringGroupId == steeringGroupId) || CooperantOf.Contains(steeringGroupId, StringComparer.Ordinal);

    public string Id => Person.AadObjectId;

    /// <summary>Stuurgroepen where the person holds a seat whose term is running.</summary>
    public IReadOnlyList<string> ActiveGroups(DateTimeOffset now) =>
        Seats.Where(s => TermRules.IsActive(s.Seat, now)).Select(s => s.Seat.SteeringGroupId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Members, Cultuurconnect staff with a seat, confirming bodies and the community manager see the internal register of a stuurgroep.</summary>
    public bool IsInternalFor(string steeringGroupId, DateTimeOffset now) =>
        IsCommunityManager || Bodies.Count > 0 || ActiveGroups(now).Contains(steeringGroupId, StringComparer.Ordinal);
}

/// <summary>Loads the <see cref="TabViewer"/> of the signed-in person once per request.</summary>
internal sealed class TabViewerAccessor(IHttpContextAccessor http, IMembershipDirectory directory, IRegistryViews queries)
{
    private TabViewer? _viewer;
    private bool _loaded;

    public async Task<TabViewer?> GetAsync(CancellationToken ct)
    {
        if (_loaded)
        {
            return _viewer;
        }

        _loaded = true;
        var objectId = http.HttpContext?.User.FindFirstValue(TabConstants.ObjectIdClaim);
        if (objectId is null || await directory.FindPersonAsync(objectId, ct) is not { } person)
        {
            return null;
        }

        // Independent registry reads: issue them together, not one round trip after the other.
        var bodies = Task.WhenAll(Enum.GetValues<ConfirmingBody>().Select(async body =>
            await directory.GetBodyAsync(body, ct) is { } contact
            && contact.Members.Any(m => string.Equals(m.Person.AadObjectId, objectId, StringComparison.OrdinalIgnoreCase))
                ? body
                : (ConfirmingBody?)null));
        var cooperantOf = CooperantGroupsAsync(person, ct);
        var seats = directory.GetSeatsOfPersonAsync(objectId, ct);
        var isManager = queries.IsCommunityManagerAsync(objectId, ct);
        _viewer = new TabViewer(
            person,
            await seats,
            await isManager,
            [.. (await bodies).OfType<ConfirmingBody>()],
            await cooperantOf);
        return _viewer;
    }

    private async Task<IReadOnlyList<string>> CooperantGroupsAsync(Person person, CancellationToken ct)
    {
        var groups = await directory.GetSteeringGroupsAsync(ct);
        var takes = await Task.WhenAll(groups.Select(async group => (await directory.GetCooperantsAsync(group.Id, ct)).Any(o => o.Id == person.OrganisationId)));
        return groups.Where((_, i) => takes[i]).Select(g => g.Id).ToList();
    }
}
