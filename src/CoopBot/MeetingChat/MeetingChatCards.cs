using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Meetings;

namespace CoopBot.MeetingChat;

/// <summary>Cards of CoopBot in a meeting chat.</summary>
internal static class MeetingChatCards
{
    /// <summary>After the meeting: the verslag form for the chair (checked server-side) and the decisions started in the chat.</summary>
    public static AdaptiveCard Ended(string meetingId, IReadOnlyList<DecisionSummary> polls, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(MeetingChatTexts.EndHeading),
            new TextBlock(MeetingChatTexts.EndForChair) { Wrap = true },
            new TextBlock(MeetingChatTexts.DecisionsDuringMeeting) { Weight = TextWeight.Bolder, Separator = true });
        card.AddBody(polls.Count == 0
            ? new TextBlock(MeetingChatTexts.NoDecisionsDuringMeeting) { IsSubtle = true, Wrap = true }
            : new FactSet(polls.Select(p => Fact.Literal(p.Definition.Title, State(p, zone)))));
        return card.AddActions(new ActionExecute
        {
            Title = MeetingChatTexts.MinutesButton,
            Verb = MeetingVerbs.MinutesForm,
            Data = new { meetingId },
        });
    }

    // Titles are public (a confidential item shows its title on its placeholder too); outcomes are not repeated here.
    private static string State(DecisionSummary poll, TimeZoneInfo zone) =>
        poll.State.Status == PollStatus.Open ? MeetingChatTexts.OpenUntil(DutchFormat.DateTime(poll.State.ClosesAt, zone)) : MeetingChatTexts.Closed;
}
