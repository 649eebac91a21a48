namespace CoopBot.Faq;

/// <summary>The community manager and the conversation where their ticket cards go.</summary>
internal sealed record CommunityManagerTarget(string AadObjectId, string Name, string ConversationId, string ServiceUrl, string? TenantId);

/// <summary>Finds the community manager in the registry; null when none is configured (tickets cannot be sent then).</summary>
internal interface ICommunityManagerLocator
{
    Task<CommunityManagerTarget?> FindAsync(CancellationToken ct);
}
