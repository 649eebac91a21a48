using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;

namespace CoopBot.Meetings;

/// <summary>
/// Proactive sends the meetings feature needs beyond <see cref="ProactiveMessenger"/>: a card as a reply in a thread, any
/// activity to a known conversation, and a 1:1 message to a person. The serviceUrls used were stored from validated
/// activities only, so re-trusting them after a restart is safe.
/// </summary>
internal sealed class MeetingMessenger(IConnectorClientFactory connectors, ServiceUrlTrust trust)
{
    /// <summary>Posts a card as a reply in the thread of <paramref name="location"/>; returns where the reply lives.</summary>
    public async Task<CardLocation> ReplyCardAsync(CardLocation location, AdaptiveCard card, CancellationToken ct)
    {
        var activity = TurnExtensions.CardActivity(card);
        activity.ReplyToId = location.ActivityId;
        var sent = await Client(location.ServiceUrl).SendToConversationAsync(location.ConversationId, activity, ct);
        return location with { ActivityId = sent.Id ?? location.ActivityId };
    }

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        Client(serviceUrl).SendToConversationAsync(conversationId, activity, ct);

    /// <summary>Opens (or reopens: Teams returns the same id) the 1:1 chat with a Teams user and sends plain text there.</summary>
    public async Task SendToUserAsync(string serviceUrl, string? tenantId, string teamsUserId, string text, CancellationToken ct)
    {
        var client = Client(serviceUrl);
        var chat = await client.CreateConversationAsync(
            new ConversationParameters { IsGroup = false, Members = [new ChannelAccount { Id = teamsUserId }], TenantId = tenantId }, ct);
        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "plain";
        await client.SendToConversationAsync(chat.Id!, activity, ct);
    }

    private IConnectorClient Client(string serviceUrl)
    {
        trust.Trust(serviceUrl);
        return connectors.Create(serviceUrl);
    }
}
