using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>
/// Who takes part in a consultation of the coöperanten of a stuurgroep (seed 002: "Bibliotheken die diensten afnemen
/// kunnen meebeslissen"). The ballot belongs to the organisation: one ballot per afnemer, which any of its representatives
/// may cast or change (the last change counts), or a proxy registered for that one consultation.
/// </summary>
public static class ConsultationEligibility
{
    /// <summary>An organisation takes part when it is afnemer (hence coöperant) of at least one service of the stuurgroep.</summary>
    public static bool IsEligible(Organisation organisation, SteeringGroup steeringGroup)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(steeringGroup);
        return organisation.IsCooperantOfAny(steeringGroup.ServiceIds);
    }

    /// <summary>
    /// The organisation whose single ballot <paramref name="voter"/> casts on behalf of <paramref name="onBehalfOfOrganisationId"/>:
    /// their own organisation, or one that registered them as proxy for this consultation.
    /// </summary>
    public static Result<Organisation> BallotOwner(
        string consultationId, SteeringGroup steeringGroup, Person voter, string onBehalfOfOrganisationId,
        IEnumerable<Organisation> organisations, IEnumerable<ProxyRegistration> proxies)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(proxies);
        var owner = organisations.FirstOrDefault(o => o.Id == onBehalfOfOrganisationId);
        if (owner is null)
        {
            return ConsultationRejections.UnknownOrganisation;
        }

        var represents = voter.OrganisationId == owner.Id
            || proxies.Any(p => p.ConsultationId == consultationId && p.GrantingOrganisationId == owner.Id && p.ProxyPersonId == voter.AadObjectId);
        if (!represents)
        {
            return ConsultationRejections.NotARepresentative(owner);
        }

        return IsEligible(owner, steeringGroup) ? Result<Organisation>.Success(owner) : ConsultationRejections.NotAnAfnemer(owner, steeringGroup);
    }

    /// <summary>
    /// A representative of <paramref name="granting"/> lets <paramref name="proxy"/>, from another organisation, cast its
    /// ballot in this one consultation. One proxy per organisation per consultation; a proxy holder may hold several.
    /// </summary>
    public static Result<ProxyRegistration> RegisterProxy(
        string consultationId, SteeringGroup steeringGroup, Organisation granting, Person registeredBy, Person proxy,
        IEnumerable<ProxyRegistration> existing, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(granting);
        ArgumentNullException.ThrowIfNull(registeredBy);
        ArgumentNullException.ThrowIfNull(proxy);
        ArgumentNullException.ThrowIfNull(existing);
        if (!IsEligible(granting, steeringGroup))
        {
            return ConsultationRejections.NotAnAfnemer(granting, steeringGroup);
        }

        if (registeredBy.OrganisationId != granting.Id)
        {
            return ConsultationRejections.NotARepresentative(granting);
        }

        if (proxy.OrganisationId == granting.Id)
        {
            return ConsultationRejections.ProxyFromOwnOrganisation(granting);
        }

        if (existing.Any(p => p.ConsultationId == consultationId && p.GrantingOrganisationId == granting.Id))
        {
            return ConsultationRejections.ProxyExists(granting);
        }

        return Result<ProxyRegistration>.Success(
            new ProxyRegistration(consultationId, granting.Id, proxy.AadObjectId, registeredBy.AadObjectId, at));
    }
}
