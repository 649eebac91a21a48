using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;

namespace CoopBot.Domain.Confidentiality;

/// <summary>The NDA version a stuurgroep currently requires; raising it invalidates every older acknowledgement.</summary>
/// <param name="SteeringGroupId">The stuurgroep.</param>
/// <param name="CurrentVersion">The version members must have signed, from 1.</param>
public sealed record NdaRequirement(string SteeringGroupId, int CurrentVersion)
{
    /// <summary>The version members must have signed; versions start at 1.</summary>
    public int CurrentVersion { get; init; } = CurrentVersion >= 1
        ? CurrentVersion
        : throw new ArgumentOutOfRangeException(nameof(CurrentVersion), CurrentVersion, "NDA versions start at 1.");
}

/// <summary>A person's signed geheimhoudingsverklaring for one stuurgroep (seed 002 "Wat met confidentiële zaken?").</summary>
/// <param name="PersonId">AAD object id of the signer.</param>
/// <param name="SteeringGroupId">The stuurgroep.</param>
/// <param name="Version">The NDA version signed.</param>
/// <param name="SignedAt">When it was signed.</param>
/// <param name="ValidUntil">End of validity (exclusive).</param>
public sealed record NdaAcknowledgement(string PersonId, string SteeringGroupId, int Version, DateTimeOffset SignedAt, DateTimeOffset ValidUntil)
{
    /// <summary>
    /// Records the signature of the currently required version by the holder of <paramref name="seat"/>. Valid until the end
    /// of the seat's term by default: an NDA covers one composition term and never outlives the seat it was signed for,
    /// so a shorter <paramref name="validUntil"/> is kept and a longer one is cut to the term end.
    /// </summary>
    public static Result<NdaAcknowledgement> Sign(
        Seat seat, NdaRequirement requirement, int version, DateTimeOffset signedAt, DateTimeOffset? validUntil = null)
    {
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentNullException.ThrowIfNull(requirement);
        if (seat.SteeringGroupId != requirement.SteeringGroupId)
        {
            throw new ArgumentException("The requirement belongs to another stuurgroep than the seat.", nameof(requirement));
        }

        if (version != requirement.CurrentVersion)
        {
            return ConfidentialityRejections.NotCurrentVersion(version, requirement);
        }

        if (signedAt >= seat.TermEnd)
        {
            return ConfidentialityRejections.TermEnded;
        }

        var until = validUntil is { } chosen && chosen < seat.TermEnd ? chosen : seat.TermEnd;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(until, signedAt, nameof(validUntil));
        return Result<NdaAcknowledgement>.Success(new(seat.PersonId, seat.SteeringGroupId, version, signedAt, until));
    }

    /// <summary>
    /// Valid when it is for the required version (or newer), signed at or before <paramref name="now"/> and not yet expired
    /// (the <see cref="ValidUntil"/> instant itself is expired).
    /// </summary>
    public bool IsValid(NdaRequirement requirement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return Version >= requirement.CurrentVersion && SignedAt <= now && now < ValidUntil;
    }
}
