using CoopBot.Common;

namespace CoopBot.Broadcasts.Contracts;

/// <summary>A conversation of an afnemer; a null ServiceUrl means the serviceUrl of the sending stuurgroep's tenant.</summary>
public sealed record BroadcastTarget(string OrganisationId, string ConversationId, string? ServiceUrl, string? TenantId);

/// <summary>One broadcast: the card every target gets, and where the chair's stats card lives.</summary>
/// <param name="Id">Stable id (e.g. "{meeting}.verslag"): starting the same broadcast twice sends nothing twice.</param>
/// <param name="Title">Dutch description for the stats card ("Openbaar verslag").</param>
/// <param name="CardJson">The Adaptive Card every conversation receives.</param>
/// <param name="FallbackServiceUrl">serviceUrl for targets without their own.</param>
/// <param name="ReportTo">Thread where the stats card is posted as a reply.</param>
public sealed record BroadcastRequest(string Id, string Title, string CardJson, string FallbackServiceUrl, CardLocation? ReportTo);

/// <summary>Sends one card to many conversations through the broadcast queue (the meetings' public agenda and verslag).</summary>
public interface IBroadcastSender
{
    /// <summary>
    /// Idempotent per <see cref="BroadcastRequest.Id"/>: a retried start never sends anything twice. Returns the number
    /// of conversations queued.
    /// </summary>
    Task<int> StartAsync(BroadcastRequest request, IReadOnlyList<BroadcastTarget> targets, CancellationToken ct);
}
