using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Meetings.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.MeetingChat;

/// <summary>
/// meetingStart and meetingEnd of a Teams meeting CoopBot planned (matched by its join link): at the start the agenda
/// goes to the meeting chat, at the end the chair gets the verslag form and everyone the decisions started in the chat.
/// The meeting chat has guests, so only the public agenda is posted there. Each post is claimed once per meeting.
/// </summary>
internal sealed class MeetingEventHandlers(
    IPlannedMeetings meetings,
    IDecisionLookup decisions,
    MeetingChatLinks links)
{
    private const string StartClaim = "start";
    private const string EndClaim = "end";

    public async Task OnMeetingStartAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.Id is not { } chatId || await FindPlannedAsync(turn.Activity, ct) is not { } meeting)
        {
            return;
        }

        await links.SaveAsync(new MeetingChatLink(chatId, meeting.SteeringGroupId, meeting.Id), ct);
        if (await meetings.PublicAgendaCardAsync(meeting.Id, MeetingChatTexts.StartHeading, ct) is not { } card)
        {
            return;
        }

        await PostOnceAsync(turn, chatId, $"{StartClaim}|{meeting.Id}", card, ct);
    }

    public async Task OnMeetingEndAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.Id is not { } chatId || await links.FindAsync(chatId, ct) is not { } link)
        {
            return;
        }

        var polls = new List<DecisionSummary>();
        foreach (var pollId in await links.PollIdsAsync(chatId, ct))
        {
            if (await decisions.FindAsync(pollId, ct) is { } poll)
            {
                polls.Add(poll);
            }
        }

        var card = MeetingChatCards.Ended(link.MeetingId, polls.OrderBy(p => p.CreatedAt).ToList(), decisions.TimeZone);
        await PostOnceAsync(turn, chatId, $"{EndClaim}|{link.MeetingId}", card, ct);
    }

    private async Task PostOnceAsync(TurnContext turn, string chatId, string claim, AdaptiveCard card, CancellationToken ct)
    {
        if (!await links.TryClaimAsync(chatId, claim, ct))
        {
            return;
        }

        try
        {
            await turn.SendCardAsync(card, ct);
        }
        catch
        {
            await links.ReleaseAsync(chatId, claim, CancellationToken.None);
            throw;
        }
    }

    private async Task<PlannedMeeting?> FindPlannedAsync(Activity activity, CancellationToken ct) =>
        activity.GetValueAs<MeetingEventDetails>()?.JoinUrl is { Length: > 0 } joinUrl ? await meetings.FindByJoinUrlAsync(joinUrl, ct) : null;
}
