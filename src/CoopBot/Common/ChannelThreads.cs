using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Common;

/// <summary>Posts a card as the root message of a new channel thread (decisions, meetings, submissions): written once.</summary>
internal static class ChannelThreads
{
    private const string ThreadSuffix = ";messageid=";

    /// <summary>Starts a new thread in <paramref name="channelId"/> with <paramref name="activity"/> as its root; returns where the card lives.</summary>
    public static async Task<CardLocation> StartAsync(
        TurnContext turn, Activity activity, string channelId, string? tenantId, string serviceUrl, CancellationToken ct)
    {
        var thread = await turn.Connector.CreateConversationAsync(
            new ConversationParameters { IsGroup = true, ChannelData = new { channel = new { id = channelId } }, TenantId = tenantId, Activity = activity, Bot = turn.Activity.Recipient }, ct);
        return new CardLocation(serviceUrl, thread.Id!, thread.ActivityId ?? MessageIdOf(thread.Id!), channelId, tenantId);
    }

    /// <summary>
    /// Posts in <paramref name="channelId"/> as a new thread; where there is no channel (personal or group chat, an
    /// emulator without channels) in the current conversation.
    /// </summary>
    public static async Task<CardLocation> PostAsync(TurnContext turn, Activity activity, string? channelId, CancellationToken ct)
    {
        var tenantId = turn.Activity.GetTenantId();
        if (channelId is not null)
        {
            return await StartAsync(turn, activity, channelId, tenantId, turn.Activity.ServiceUrl!, ct);
        }

        var sent = await turn.SendActivityAsync(activity, ct);
        return new CardLocation(turn.Activity.ServiceUrl!, turn.Activity.Conversation!.Id!, sent.Id!, null, tenantId);
    }

    /// <summary>The root message id of a channel thread's conversation id (<c>19:…;messageid=…</c>); the id itself otherwise.</summary>
    public static string MessageIdOf(string threadId) =>
        threadId.Split(ThreadSuffix, 2) is [_, var id] ? id : threadId;
}
