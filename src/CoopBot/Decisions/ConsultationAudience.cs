using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using DomainGroup = CoopBot.Domain.Registry.SteeringGroup;

namespace CoopBot.Decisions;

/// <summary>A consultation proxy with the names shown on the cards (kept so the result card needs no registry lookups).</summary>
public sealed record ProxyRecord(ProxyRegistration Registration, string GrantingName, string ProxyName, string ProxyOrganisationName);

/// <summary>Who casts which organisation's ballot in a consultation, and who is reminded.</summary>
/// <param name="BallotId">The ballot's RowKey: the organisation id.</param>
/// <param name="BallotName">The organisation's name.</param>
/// <param name="CastBy">The person casting it.</param>
/// <param name="ByProxy">Cast by a proxy holder of another organisation.</param>
public sealed record BallotVoter(string BallotId, string BallotName, Person CastBy, bool ByProxy);

/// <summary>
/// The audience of a consultation, from the registry (issue 4): the organisations that are coöperant of one of the
/// stuurgroep's services, one ballot each. The rules are the domain's <see cref="ConsultationEligibility"/>.
/// </summary>
internal sealed class ConsultationAudience(IMembershipDirectory directory)
{
    public static readonly Rejection NotInRegistry = DecisionTexts.NotARepresentative;

    public Task<IReadOnlyList<Organisation>> CooperantsAsync(string steeringGroupId, CancellationToken ct) =>
        directory.GetCooperantsAsync(steeringGroupId, ct);

    /// <summary>Checked on every vote, server-side: whose ballot this person casts (their own organisation's, or one they hold a proxy for).</summary>
    public async Task<Result<BallotVoter>> CheckVoterAsync(
        string pollId, string steeringGroupId, string? aadObjectId, string? onBehalfOf, IReadOnlyList<ProxyRecord> proxies, CancellationToken ct)
    {
        var person = aadObjectId is null ? null : await directory.FindPersonAsync(aadObjectId, ct);
        var group = await DomainGroupAsync(steeringGroupId, ct);
        if (person is null || group is null)
        {
            return NotInRegistry;
        }

        var ownerId = string.IsNullOrWhiteSpace(onBehalfOf) ? person.OrganisationId : onBehalfOf;
        var owner = await directory.FindOrganisationAsync(ownerId, ct);
        var verdict = ConsultationEligibility.BallotOwner(
            pollId, group, person, ownerId, owner is null ? [] : [owner], proxies.Select(p => p.Registration));
        return verdict.IsSuccess
            ? new BallotVoter(verdict.Value.Id, verdict.Value.Name, person, verdict.Value.Id != person.OrganisationId)
            : verdict.Rejection;
    }

    /// <summary>The organisations whose ballot the viewer may cast: their own (if coöperant) first, then those that gave them a proxy.</summary>
    public async Task<IReadOnlyList<Organisation>> BallotsOfAsync(string? aadObjectId, IReadOnlyList<Organisation> cooperants, IReadOnlyList<ProxyRecord> proxies, CancellationToken ct)
    {
        var person = aadObjectId is null ? null : await directory.FindPersonAsync(aadObjectId, ct);
        if (person is null)
        {
            return [];
        }

        return cooperants
            .Where(o => o.Id == person.OrganisationId)
            .Concat(cooperants.Where(o => proxies.Any(p => p.Registration.GrantingOrganisationId == o.Id && Same(p.Registration.ProxyPersonId, person.AadObjectId))))
            .ToList();
    }

    /// <summary>Registers a proxy for one consultation; the domain checks who may grant it and to whom.</summary>
    public async Task<Result<ProxyRecord>> DefineProxyAsync(
        string pollId, string steeringGroupId, string? registeredById, string? proxyPersonId, IReadOnlyList<ProxyRecord> existing, DateTimeOffset now, CancellationToken ct)
    {
        var registeredBy = registeredById is null ? null : await directory.FindPersonAsync(registeredById, ct);
        var group = await DomainGroupAsync(steeringGroupId, ct);
        var granting = registeredBy is null ? null : await directory.FindOrganisationAsync(registeredBy.OrganisationId, ct);
        if (registeredBy is null || group is null || granting is null)
        {
            return NotInRegistry;
        }

        var proxy = string.IsNullOrWhiteSpace(proxyPersonId) ? null : await directory.FindPersonAsync(proxyPersonId, ct);
        var proxyOrganisation = proxy is null ? null : await directory.FindOrganisationAsync(proxy.OrganisationId, ct);
        if (proxy is null || proxyOrganisation is null)
        {
            return DecisionTexts.UnknownProxy;
        }

        var registration = ConsultationEligibility.RegisterProxy(pollId, group, granting, registeredBy, proxy, existing.Select(p => p.Registration), now);
        return registration.IsSuccess
            ? new ProxyRecord(registration.Value, granting.Name, proxy.Name, proxyOrganisation.Name)
            : registration.Rejection;
    }

    /// <summary>Representatives of other coöperant organisations: those a proxy may go to.</summary>
    public async Task<IReadOnlyList<PersonContact>> ProxyCandidatesAsync(string ownOrganisationId, IReadOnlyList<Organisation> cooperants, CancellationToken ct)
    {
        var candidates = new List<PersonContact>();
        foreach (var organisation in cooperants.Where(o => o.Id != ownOrganisationId))
        {
            candidates.AddRange(await directory.GetRepresentativesAsync(organisation.Id, ct));
        }

        return candidates;
    }

    /// <summary>The representatives of the given organisations (for reminders and the cards' refresh list).</summary>
    public async Task<IReadOnlyList<PersonContact>> RepresentativesAsync(IEnumerable<Organisation> organisations, CancellationToken ct)
    {
        var representatives = new List<PersonContact>();
        foreach (var organisation in organisations)
        {
            representatives.AddRange(await directory.GetRepresentativesAsync(organisation.Id, ct));
        }

        return representatives;
    }

    public Task<Person?> FindPersonAsync(string aadObjectId, CancellationToken ct) => directory.FindPersonAsync(aadObjectId, ct);

    private async Task<DomainGroup?> DomainGroupAsync(string steeringGroupId, CancellationToken ct)
    {
        var group = await directory.FindSteeringGroupAsync(steeringGroupId, ct);
        if (group is null)
        {
            return null;
        }

        var services = await directory.GetServicesAsync(group.Id, ct);
        return new DomainGroup(group.Id, group.Name, services.Select(s => new Service(s.Id, s.Name, s.IsPlanned)).ToList());
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
