using CoopBot.Common;

namespace CoopBot.Broadcasts;

/// <summary>A conversation of an afnemer; a null ServiceUrl means the serviceUrl of the sending stuurgroep's tenant.</summary>
public sealed record BroadcastTarget(string OrganisationId, string ConversationId, string? ServiceUrl, string? TenantId);

/// <summary>Where the afnemers of a stuurgroep's services are reached; filled from the registry.</summary>
public interface IBroadcastTargets
{
    Task<IReadOnlyList<BroadcastTarget>> GetTargetsAsync(string steeringGroupId, CancellationToken ct);
}

/// <summary>Where one delivery stands.</summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>One broadcast: the card every target gets, and where the chair's stats card lives.</summary>
/// <param name="Id">Stable id (e.g. "{meeting}.verslag"): starting the same broadcast twice sends nothing twice.</param>
/// <param name="Title">Dutch description for the stats card ("Openbaar verslag").</param>
/// <param name="CardJson">The Adaptive Card every conversation receives.</param>
/// <param name="FallbackServiceUrl">serviceUrl for targets without their own.</param>
/// <param name="ReportTo">Thread where the stats card is posted as a reply.</param>
public sealed record BroadcastRequest(string Id, string Title, string CardJson, string FallbackServiceUrl, CardLocation? ReportTo);

/// <summary>Delivery counts of one broadcast, derived from its delivery rows.</summary>
public sealed record BroadcastStats(string Title, int Sent, int Failed, int Pending)
{
    public int Total => Sent + Failed + Pending;
}
