using CoopBot.Decisions.Contracts;
using CoopBot.Protocol.Hosting;

namespace CoopBot.MeetingChat.Contracts;

/// <summary>What follows a decision created in a conversation: in a meeting chat it is remembered for the end of the meeting and announced.</summary>
internal interface IMeetingVotes
{
    Task AfterCreatedAsync(TurnContext turn, DecisionSummary poll, CancellationToken ct);
}
