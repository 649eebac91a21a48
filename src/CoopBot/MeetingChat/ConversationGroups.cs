using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.MeetingChat.Contracts;

namespace CoopBot.MeetingChat;

/// <summary>The stuurgroep a conversation belongs to: its linked team channel, or the chat of a vergadering it planned.</summary>
internal sealed class ConversationGroups(IMembershipDirectory directory, MeetingChatLinks links) : IConversationGroups
{
    public async Task<SteeringGroup?> FindAsync(Activity activity, CancellationToken ct)
    {
        var channelData = activity.GetTeamsChannelData();
        if (await directory.FindByTeamAsync(channelData.Team?.Id, channelData.Channel?.Id, ct) is { } group)
        {
            return group;
        }

        return await FindMeetingChatAsync(activity, ct) is { } link ? await directory.FindSteeringGroupAsync(link.SteeringGroupId, ct) : null;
    }

    /// <summary>The link of a meeting chat (channelData.meeting present), or null.</summary>
    public async Task<MeetingChatLink?> FindMeetingChatAsync(Activity activity, CancellationToken ct) =>
        activity.GetTeamsChannelData().Meeting?.Id is not null && activity.Conversation?.Id is { } chatId
            ? await links.FindAsync(chatId, ct)
            : null;
}
