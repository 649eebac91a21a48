using CoopBot.Decisions;
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
        var registry = services.GetRequiredService<RegistryHandlers>();
        var feedback = services.GetRequiredService<FeedbackHandlers>();

        return new BotRouteBuilder()
            .OnCommand(HelpCards.Command, help.ShowHelpAsync)
            .OnCommand(DecisionCommands.StartPoll, decisions.StartPollAsync)
            .OnAction<CreatePollData>(DecisionVerbs.Create, decisions.CreateAsync)
            .OnAction<PollActionData>(DecisionVerbs.Vote, decisions.VoteAsync)
            .OnAction<PollActionData>(DecisionVerbs.Refresh, decisions.RefreshAsync)
            .OnAction<PollActionData>(DecisionVerbs.Close, decisions.CloseAsync)
            .OnCommand(RegistryCommands.WhoIsIn, registry.WhoIsInAsync)
            .OnCommand(RegistryCommands.MyGroups, registry.MyGroupsAsync)
            .OnCommand(RegistryCommands.Composition, registry.CompositionAsync)
            .OnCommand(RegistryCommands.Candidacy, feedback.CandidacyAsync)
            .OnCommand(RegistryCommands.Objection, feedback.ObjectionAsync)
            .OnAction<SubmitFeedbackData>(RegistryVerbs.SubmitFeedback, feedback.SubmitAsync)
            .OnAction<DecideFeedbackData>(RegistryVerbs.DecideFeedback, feedback.DecideAsync)
            .OnAction<LinkTeamData>(RegistryVerbs.LinkTeam, installs.LinkAsync)
            .OnActivity(ActivityTypes.ConversationUpdate, installs.OnConversationUpdateAsync)
            .OnActivity(ActivityTypes.InstallationUpdate, installs.OnInstallationUpdateAsync)
            .OnUnmatchedMessage(help.UnknownCommandAsync)
            .Build();
    }
}
