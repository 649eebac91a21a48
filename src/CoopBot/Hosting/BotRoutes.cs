using CoopBot.Budget;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Escalation;
using CoopBot.FaqChat;
using CoopBot.Help;
using CoopBot.Hosting.Routing;
using CoopBot.MeetingChat;
using CoopBot.Meetings;
using CoopBot.MessageExtensions;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;
using CoopBot.Submissions;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Hosting;

/// <summary>Every route CoopBot answers, in one table. Built once at start-up; duplicates throw.</summary>
internal static class BotRoutes
{
    public static BotRouteTable Build(IServiceProvider services)
    {
        var help = services.GetRequiredService<HelpHandlers>();
        var decisions = services.GetRequiredService<DecisionHandlers>();
        var installs = services.GetRequiredService<InstallationHandlers>();
        var faq = services.GetRequiredService<FaqHandlers>();
        var tickets = services.GetRequiredService<TicketHandlers>();
        var registry = services.GetRequiredService<RegistryHandlers>();
        var feedback = services.GetRequiredService<FeedbackHandlers>();
        var meetings = services.GetRequiredService<MeetingHandlers>();
        var submissions = services.GetRequiredService<SubmissionHandlers>();
        var demoPoll = services.GetRequiredService<DemoPoll>();
        var escalation = services.GetRequiredService<EscalationHandlers>();
        var confirmations = services.GetRequiredService<MyConfirmations>();
        var budget = services.GetRequiredService<BudgetHandlers>();
        var ndas = services.GetRequiredService<NdaHandlers>();
        var messageActions = services.GetRequiredService<MessageExtensionHandlers>();
        var decisionSearch = services.GetRequiredService<DecisionSearchHandlers>();
        var meetingChat = services.GetRequiredService<MeetingChatHandlers>();
        var meetingEvents = services.GetRequiredService<MeetingEventHandlers>();

        var routes = new BotRouteBuilder();
        foreach (var (commandId, form) in MessageExtensionCommands.CreationCommands)
        {
            routes
                .OnComposeCommand<MessagingExtensionAction>(ComposeExtensionInvokes.FetchTask, commandId, (turn, value, ct) => messageActions.OpenFormAsync(turn, value, form, ct))
                .OnComposeCommand<MessagingExtensionAction>(ComposeExtensionInvokes.SubmitAction, commandId, messageActions.SubmitAsync);
        }

        return routes
            .OnCommand(HelpCards.Command, help.ShowHelpAsync)
            .OnCommand(DecisionCommands.StartPoll, decisions.StartPollAsync)
            .OnAction<CreatePollData>(DecisionVerbs.Create, decisions.CreateAsync)
            .OnAction<PollActionData>(DecisionVerbs.Vote, decisions.VoteAsync)
            .OnAction<PollActionData>(DecisionVerbs.Refresh, decisions.RefreshAsync)
            .OnAction<PollActionData>(DecisionVerbs.Close, decisions.CloseAsync)
            .OnCommand(DecisionCommands.StartProposal, decisions.StartProposalAsync)
            .OnCommand(DecisionCommands.StartStatement, decisions.StartStatementAsync)
            .OnCommand(DecisionCommands.Register, decisions.ShowRegisterAsync)
            .OnAction<PollActionData>(DecisionVerbs.Extend, decisions.ExtendAsync)
            .OnAction<PollActionData>(DecisionVerbs.Reopen, decisions.ReopenAsync)
            .OnAction<PollActionData>(DecisionVerbs.Remind, decisions.RemindAsync)
            .OnAction<PollActionData>(DecisionVerbs.Comment, decisions.CommentAsync)
            .OnAction<PollActionData>(DecisionVerbs.Outcome, decisions.OutcomeAsync)
            .OnAction<PollActionData>(DecisionVerbs.Proxy, decisions.ProxyAsync)
            .OnCommand(SubmissionCommands.Submit, submissions.StartAsync)
            .OnAction<SubmitProposalData>(SubmissionVerbs.Submit, submissions.SubmitAsync)
            .OnAction<SubmissionActionData>(SubmissionVerbs.Support, submissions.SupportAsync)
            .OnAction<SubmissionActionData>(SubmissionVerbs.TakeUp, submissions.TakeUpAsync)
            .OnAction<SubmissionActionData>(SubmissionVerbs.Decline, submissions.DeclineAsync)
            .OnAction<SubmissionActionData>(SubmissionVerbs.AskInfo, submissions.AskInfoAsync)
            .OnAction<FaqEntryData>(FaqVerbs.Answer, faq.ShowEntryAsync)
            .OnAction<FaqFeedbackData>(FaqVerbs.Feedback, faq.FeedbackAsync)
            .OnAction<AskCommunityManagerData>(FaqVerbs.AskCommunityManager, tickets.CreateAsync)
            .OnAction<TicketActionData>(FaqVerbs.TakeTicket, tickets.TakeAsync)
            .OnAction<TicketActionData>(FaqVerbs.AnswerTicket, tickets.AnswerAsync)
            .OnAction<TicketActionData>(FaqVerbs.ReopenTicket, tickets.ReopenAsync)
            .OnAction<TicketActionData>(FaqVerbs.AddPhrasing, tickets.AddPhrasingAsync)
            .OnCommand(RegistryCommands.WhoIsIn, registry.WhoIsInAsync)
            .OnCommand(RegistryCommands.MyGroups, registry.MyGroupsAsync)
            .OnCommand(RegistryCommands.Composition, registry.CompositionAsync)
            .OnCommand(RegistryCommands.Candidacy, feedback.CandidacyAsync)
            .OnCommand(RegistryCommands.Objection, feedback.ObjectionAsync)
            .OnAction<SubmitFeedbackData>(RegistryVerbs.SubmitFeedback, feedback.SubmitAsync)
            .OnAction<DecideFeedbackData>(RegistryVerbs.DecideFeedback, feedback.DecideAsync)
            .OnAction<LinkTeamData>(RegistryVerbs.LinkTeam, installs.LinkAsync)
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
            .OnAction<MinutesData>(MeetingVerbs.SubmitForApproval, meetings.SubmitForApprovalAsync)
            .OnAction<FeedbackData>(MeetingVerbs.Feedback, meetings.FeedbackAsync)
            .OnActivity(ActivityTypes.ConversationUpdate, async (turn, ct) =>
            {
                await installs.OnConversationUpdateAsync(turn, ct);
                await demoPoll.OnChannelOpenedAsync(turn, ct);
            })
            .OnActivity(ActivityTypes.InstallationUpdate, installs.OnInstallationUpdateAsync)
            .OnCommand(MyConfirmations.Command, confirmations.ShowAsync)
            .OnAction<BodyActionData>(EscalationVerbs.Confirm, escalation.ConfirmAsync)
            .OnAction<BodyActionData>(EscalationVerbs.Refuse, escalation.RefuseAsync)
            .OnAction<BodyActionData>(EscalationVerbs.View, escalation.ViewAsync)
            .OnAction<CreatePollData>(EscalationVerbs.Edit, escalation.EditAsync)
            .OnCommand(BudgetTexts.Command, budget.ShowAsync)
            .OnAction<PollActionData>(ConfidentialityVerbs.Acknowledge, ndas.AcknowledgeAsync)
            .OnComposeCommand<MessagingExtensionQuery>(ComposeExtensionInvokes.Query, MessageExtensionCommands.Search, decisionSearch.SearchAsync)
            .OnInvoke<AppBasedLinkQuery>(
                ComposeExtensionInvokes.QueryLink, decisionSearch.UnfurlAsync, () => ComposeExtensionResponseFactory.ResultMessage(MessageExtensionTexts.LinkNotFound))
            .OnCommand(MeetingChatTexts.Command, meetingChat.StartAsync)
            .OnAction<CreatePollData>(MeetingChatVerbs.Create, meetingChat.CreateAsync)
            .OnEvent(MeetingEvents.Start, meetingEvents.OnMeetingStartAsync)
            .OnEvent(MeetingEvents.End, meetingEvents.OnMeetingEndAsync)
            .OnUnmatchedMessage(faq.AskAsync)
            .Build();
    }
}
