using CoopBot.Cards;
using CoopBot.Decisions;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;

namespace CoopBot.Common;

/// <summary>
/// Sends and updates messages outside a turn (background jobs, coalesced card updates). The locations it uses were
/// stored from validated activities only, so re-trusting their serviceUrl after a restart is safe.
/// </summary>
internal sealed class ProactiveMessenger(IConnectorClientFactory connectors, ServiceUrlTrust trust)
{
    public Task UpdateCardAsync(CardLocation location, AdaptiveCard card, CancellationToken ct)
    {
        var activity = TurnExtensions.CardActivity(card);
        activity.Id = location.ActivityId;
        return Client(location).UpdateActivityAsync(location.ConversationId, location.ActivityId, activity, ct);
    }

    public Task<ResourceResponse> ReplyAsync(CardLocation location, string text, CancellationToken ct)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "plain";
        activity.ReplyToId = location.ActivityId;
        return Client(location).SendToConversationAsync(location.ConversationId, activity, ct);
    }

    /// <summary>Posts a card into an existing conversation (a chat or channel thread) and returns where it landed.</summary>
    public async Task<CardLocation> SendCardAsync(string serviceUrl, string conversationId, string? tenantId, AdaptiveCard card, CancellationToken ct)
    {
        var sent = await Client(serviceUrl).SendToConversationAsync(conversationId, TurnExtensions.CardActivity(card), ct);
        return new CardLocation(serviceUrl, conversationId, sent.Id ?? string.Empty, null, tenantId);
    }

    /// <summary>Opens (or finds: Teams returns the same id) the 1:1 chat with a user and posts a card in it.</summary>
    public async Task<CardLocation> SendPersonalCardAsync(string serviceUrl, string teamsUserId, string? tenantId, AdaptiveCard card, CancellationToken ct)
    {
        var client = Client(serviceUrl);
        var conversation = await client.CreateConversationAsync(
            new ConversationParameters { IsGroup = false, Members = [new ChannelAccount { Id = teamsUserId }], TenantId = tenantId }, ct);
        var sent = await client.SendToConversationAsync(conversation.Id!, TurnExtensions.CardActivity(card), ct);
        return new CardLocation(serviceUrl, conversation.Id!, sent.Id ?? string.Empty, null, tenantId);
    }

    private IConnectorClient Client(CardLocation location) => Client(location.ServiceUrl);

    private IConnectorClient Client(string serviceUrl)
    {
        trust.Trust(serviceUrl);
        return connectors.Create(serviceUrl);
    }
}
