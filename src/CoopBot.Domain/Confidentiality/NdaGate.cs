using CoopBot.Domain.Common;

namespace CoopBot.Domain.Confidentiality;

/// <summary>Why someone may see or vote on an item.</summary>
public enum NdaClearance
{
    /// <summary>The item is not confidential: no NDA needed.</summary>
    NotConfidential,

    /// <summary>The item is confidential and the person has a valid NDA for the required version.</summary>
    ValidNda,
}

/// <summary>
/// Seed 002: for decisions about offers and budgets members are asked to sign a geheimhoudingsverklaring. Confidential
/// details are shown, and voted on, only by people with a valid acknowledgement of the currently required version for that
/// stuurgroep. Cultuurconnect staff are gated the same way: the rule fails closed rather than guess who is bound otherwise.
/// </summary>
public static class NdaGate
{
    /// <summary>May the person see the title, text and amounts of the item?</summary>
    public static Result<NdaClearance> CanSeeDetails(
        string personId, string steeringGroupId, bool isConfidential, IEnumerable<NdaAcknowledgement> ndas,
        NdaRequirement requirement, DateTimeOffset now) =>
        Check(personId, steeringGroupId, isConfidential, ndas, requirement, now, NdaPurpose.SeeDetails);

    /// <summary>May the person vote on the item? Seat and role are checked separately by the stuurgroep eligibility.</summary>
    public static Result<NdaClearance> CanVote(
        string personId, string steeringGroupId, bool isConfidential, IEnumerable<NdaAcknowledgement> ndas,
        NdaRequirement requirement, DateTimeOffset now) =>
        Check(personId, steeringGroupId, isConfidential, ndas, requirement, now, NdaPurpose.Vote);

    private static Result<NdaClearance> Check(
        string personId, string steeringGroupId, bool isConfidential, IEnumerable<NdaAcknowledgement> ndas,
        NdaRequirement requirement, DateTimeOffset now, NdaPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(ndas);
        ArgumentNullException.ThrowIfNull(requirement);
        if (!isConfidential)
        {
            return Result<NdaClearance>.Success(NdaClearance.NotConfidential);
        }

        if (requirement.SteeringGroupId != steeringGroupId)
        {
            throw new ArgumentException("The requirement belongs to another stuurgroep.", nameof(requirement));
        }

        var own = ndas.Where(n => n.PersonId == personId && n.SteeringGroupId == steeringGroupId && n.SignedAt <= now).ToList();
        if (own.Any(n => n.IsValid(requirement, now)))
        {
            return Result<NdaClearance>.Success(NdaClearance.ValidNda);
        }

        // Current version signed but expired → re-sign; only older versions → sign the new one; nothing → sign.
        var expired = own.Where(n => n.Version >= requirement.CurrentVersion).MaxBy(n => n.ValidUntil);
        var outdated = own.Where(n => n.Version < requirement.CurrentVersion).MaxBy(n => n.Version);
        return expired is not null ? ConfidentialityRejections.Expired(expired, requirement, purpose)
            : outdated is not null ? ConfidentialityRejections.Outdated(outdated, requirement, purpose)
            : ConfidentialityRejections.Missing(requirement, purpose);
    }
}

/// <summary>What the person wants to do with a confidential item; only changes the wording of the refusal.</summary>
internal enum NdaPurpose
{
    SeeDetails,
    Vote,
}
