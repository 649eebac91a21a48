using CoopBot.Decisions;
using CoopBot.Help;
using CoopBot.Hosting.Routing;
using CoopBot.Meetings;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;

namespace CoopBot.Hosting;

/// <summary>Every route CoopBot answers, in one table. Built once at start-up; duplicates throw.</summary>
internal static class BotRoutes
{
    public static BotRouteTable Build(IServiceProvider services)
    {
        var help = services.GetRequiredService<HelpHandlers>();
        var decisions = services.GetRequiredService<DecisionHandlers>();
        var installs = services.GetRequiredService<InstallationHandlers>();
        var meetings = services.GetRequiredService<MeetingHandlers>();

        return new BotRouteBuilder()
            .OnCommand(HelpCards.Command, help.ShowHelpAsync)
            .OnCommand(DecisionCommands.StartPoll, decisions.StartPollAsync)
            .OnAction<CreatePollData>(DecisionVerbs.Create, decisions.CreateAsync)
            .OnAction<PollActionData>(DecisionVerbs.Vote, decisions.VoteAsync)
            .OnAction<PollActionData>(DecisionVerbs.Refresh, decisions.RefreshAsync)
            .OnAction<PollActionData>(DecisionVerbs.Close, decisions.CloseAsync)
            .OnCommand(MeetingCommands.Plan, meetings.StartPlanningAsync)
            .OnAction<PlanMeetingData>(MeetingVerbs.Schedule, meetings.ScheduleAsync)
            .OnAction<PlanMeetingData>(MeetingVerbs.StartPoll, meetings.StartPollAsync)
            .OnAction<SlotAnswersData>(MeetingVerbs.Answer, meetings.AnswerAsync)
            .OnAction<MeetingActionData>(MeetingVerbs.Pick, meetings.PickAsync)
            .OnAction<MeetingActionData>(MeetingVerbs.Rsvp, meetings.RsvpAsync)
            .OnAction<RescheduleData>(MeetingVerbs.Reschedule, meetings.RescheduleAsync)
            .OnAction<MeetingActionData>(MeetingVerbs.Cancel, meetings.CancelAsync)
            .OnAction<AgendaItemData>(MeetingVerbs.AddItem, meetings.AddItemAsync)
            .OnAction<MeetingActionData>(MeetingVerbs.MinutesForm, meetings.MinutesFormAsync)
            .OnAction<MinutesData>(MeetingVerbs.Publish, meetings.PublishAsync)
            .OnAction<FeedbackData>(MeetingVerbs.Feedback, meetings.FeedbackAsync)
            .OnActivity(ActivityTypes.ConversationUpdate, installs.OnConversationUpdateAsync)
            .OnActivity(ActivityTypes.InstallationUpdate, installs.OnInstallationUpdateAsync)
            .OnUnmatchedMessage(help.UnknownCommandAsync)
            .Build();
    }
}
