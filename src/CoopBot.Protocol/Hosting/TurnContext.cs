using System.Security.Claims;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Schema;

namespace CoopBot.Protocol.Hosting;

/// <summary>One inbound activity with the means to answer it in the same conversation.</summary>
public sealed class TurnContext
{
    /// <summary>Creates a turn for <paramref name="activity"/>.</summary>
    public TurnContext(Activity activity, IConnectorClient connector, ClaimsIdentity? identity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        Connector = connector;
        Identity = identity;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>Connector client for the activity's serviceUrl.</summary>
    public IConnectorClient Connector { get; }

    /// <summary>The validated token's claims; null in anonymous development mode.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>
    /// Sends <paramref name="activity"/> into this conversation (a channel thread stays in its thread).
    /// Conversation, channel, serviceUrl, sender (the bot) and recipient come from the inbound activity;
    /// <c>replyToId</c>, locale and type (message) are filled when missing.
    /// </summary>
    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var conversationId = Address(activity);
        return Connector.SendToConversationAsync(conversationId, activity, cancellationToken);
    }

    /// <summary>Sends a plain message into this conversation.</summary>
    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessageActivity(text), cancellationToken);

    /// <summary>Replaces the earlier bot activity <paramref name="activityId"/> in this conversation.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var conversationId = Address(activity);
        activity.Id = activityId;
        return Connector.UpdateActivityAsync(conversationId, activityId, activity, cancellationToken);
    }

    /// <summary>Deletes the earlier bot activity <paramref name="activityId"/> in this conversation.</summary>
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        Connector.DeleteActivityAsync(ConversationId, activityId, cancellationToken);

    private string ConversationId =>
        Activity.Conversation?.Id ?? throw new InvalidOperationException("The inbound activity has no conversation id.");

    private string Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = ConversationId;
        activity.Type ??= ActivityTypes.Message;
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return conversationId;
    }
}
