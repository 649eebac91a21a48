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

    /// <summary>Posts a card as a reply in the thread of <paramref name="location"/>; returns where the reply lives.</summary>
    public async Task<CardLocation> ReplyCardAsync(CardLocation location, AdaptiveCard card, CancellationToken ct)
    {
        var activity = TurnExtensions.CardActivity(card);
        activity.ReplyToId = location.ActivityId;
        var sent = await Client(location).SendToConversationAsync(location.ConversationId, activity, ct);
        return location with { ActivityId = sent.Id ?? location.ActivityId };
    }

    /// <summary>Sends an activity to a conversation the bot knows (a channel, group chat or 1:1 with an afnemer).</summary>
    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        Client(serviceUrl).SendToConversationAsync(conversationId, activity, ct);

    /// <summary>Opens (or reuses) the 1:1 chat with a Teams user and sends a plain-text message there.</summary>
    public async Task SendToUserAsync(string serviceUrl, string? tenantId, string teamsUserId, string text, CancellationToken ct)
    {
        var client = Client(serviceUrl);
        var chat = await client.CreateConversationAsync(
            new ConversationParameters { IsGroup = false, Members = [new ChannelAccount { Id = teamsUserId }], TenantId = tenantId }, ct);
        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "plain";
        await client.SendToConversationAsync(chat.Id!, activity, ct);
    }

    private IConnectorClient Client(CardLocation location) => Client(location.ServiceUrl);

    private IConnectorClient Client(string serviceUrl)
    {
        trust.Trust(serviceUrl);
        return connectors.Create(serviceUrl);
    }
}
