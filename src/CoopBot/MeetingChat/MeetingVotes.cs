using CoopBot.Decisions.Contracts;
using CoopBot.MeetingChat.Contracts;
using CoopBot.Protocol.Hosting;

namespace CoopBot.MeetingChat;

/// <summary>What follows a decision created in a meeting chat: it is remembered for the end of the meeting and announced in the meeting.</summary>
internal sealed class MeetingVotes(ConversationGroups groups, MeetingChatLinks links, MeetingChatNotifier notifier) : IMeetingVotes
{
    public async Task AfterCreatedAsync(TurnContext turn, DecisionSummary poll, CancellationToken ct)
    {
        if (await groups.FindMeetingChatAsync(turn.Activity, ct) is not { } link)
        {
            return;
        }

        await links.AddPollAsync(link.ConversationId, poll.Id, ct);
        await notifier.NotifyAsync(turn, poll, ct);
    }
}
