using CoopBot.Common;

namespace CoopBot.Tab;

/// <summary>Links that open Teams at a message: the card of a decision in its channel thread or chat.</summary>
internal static class TeamsDeepLinks
{
    private const string Base = "https://teams.microsoft.com/l/message/";

    public static string Message(CardLocation card)
    {
        // A channel thread's conversation id is "<channel>;messageid=<root>": the root is the parent of the card's message.
        var parts = card.ConversationId.Split(";messageid=", 2);
        var channel = card.ChannelId ?? parts[0];
        var parent = parts.Length == 2 ? parts[1] : card.ActivityId;
        var query = $"?parentMessageId={Uri.EscapeDataString(parent)}" + (card.TenantId is { } tenant ? $"&tenantId={Uri.EscapeDataString(tenant)}" : string.Empty);
        return $"{Base}{Uri.EscapeDataString(channel)}/{Uri.EscapeDataString(card.ActivityId)}{query}";
    }
}
