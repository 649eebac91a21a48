namespace CoopBot.Common;

/// <summary>Where a card the bot posted lives in Teams (decision, meeting, submission, ticket…), so background work can update it.</summary>
public sealed record CardLocation(string ServiceUrl, string ConversationId, string ActivityId, string? ChannelId, string? TenantId);
