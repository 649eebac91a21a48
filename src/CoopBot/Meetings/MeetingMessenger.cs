using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;

namespace CoopBot.Meetings;

/// <summary>
/// Proactive sends the meetings feature needs beyond <see cref="ProactiveMessenger"/>: a card as a reply in a thread, and
/// any activity to a conversation on a given serviceUrl. The serviceUrls used were stored from validated
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

    private IConnectorClient Client(string serviceUrl)
    {
        trust.Trust(serviceUrl);
        return connectors.Create(serviceUrl);
    }
}
