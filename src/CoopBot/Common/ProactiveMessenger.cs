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
        return ReplyAsync(location, activity, ct);
    }

    /// <summary>Posts the activity in the card's thread (the card's conversation is the channel thread).</summary>
    public Task<ResourceResponse> ReplyAsync(CardLocation location, Activity activity, CancellationToken ct)
    {
        activity.ReplyToId = location.ActivityId;
        return Client(location).SendToConversationAsync(location.ConversationId, activity, ct);
    }

    private IConnectorClient Client(CardLocation location)
    {
        trust.Trust(location.ServiceUrl);
        return connectors.Create(location.ServiceUrl);
    }
}
