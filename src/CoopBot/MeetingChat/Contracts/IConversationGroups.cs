using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;

namespace CoopBot.MeetingChat.Contracts;

/// <summary>The stuurgroep a conversation belongs to: its linked team channel, or the chat of a vergadering it planned.</summary>
internal interface IConversationGroups
{
    Task<SteeringGroup?> FindAsync(Activity activity, CancellationToken ct);
}
