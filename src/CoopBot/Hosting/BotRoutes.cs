using CoopBot.Decisions;
using CoopBot.Escalation;
using CoopBot.Help;
using CoopBot.Hosting.Routing;
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

        return new BotRouteBuilder()
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
            .OnActivity(ActivityTypes.ConversationUpdate, installs.OnConversationUpdateAsync)
            .OnActivity(ActivityTypes.InstallationUpdate, installs.OnInstallationUpdateAsync)
            .MapEscalation(services)
            .OnUnmatchedMessage(help.UnknownCommandAsync)
            .Build();
    }
}
