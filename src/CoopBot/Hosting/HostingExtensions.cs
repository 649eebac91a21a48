using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Escalation;
using CoopBot.Faq;
using CoopBot.Help;
using CoopBot.Hosting.Health;
using CoopBot.Hosting.Routing;
using CoopBot.Jobs;
using CoopBot.MeetingChat;
using CoopBot.Meetings;
using CoopBot.MessageExtensions;
using CoopBot.Protocol.Connector;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry;
using CoopBot.Storage;
using CoopBot.Tab;

namespace CoopBot.Hosting;

/// <summary>One AddX per layer and one MapX per endpoint group; Program.cs only calls these.</summary>
internal static class HostingExtensions
{
    public static WebApplicationBuilder AddCoopBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddBotConnector(configuration);
        services.AddTableStorage(configuration, StorageCredential.Create);
        services.AddCoopBotHealthChecks();

        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName)).ValidateOnStart();
        services.AddOptions<DecisionsOptions>().Bind(configuration.GetSection(DecisionsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobOptions>().Bind(configuration.GetSection(JobOptions.SectionName)).ValidateOnStart();

        services.AddSingleton<IMembershipDirectory, MembershipDirectory>();
        services.AddSingleton<IVoterEligibility, RegistryVoterEligibility>();
        services.AddSingleton<DemoRegistry>();
        services.AddSingleton<SeatCache>();
        services.AddSingleton<RegistryWriter>();
        services.AddSingleton<TenantServiceUrls>();
        services.AddSingleton<RegistryQueries>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<CompositionFeedbackService>();
        services.AddSingleton<TeamLinks>();
        services.AddSingleton<RegistryHandlers>();
        services.AddSingleton<FeedbackHandlers>();
        services.AddSingleton<IJobHandler, FeedbackJob>();
        services.AddSingleton<IJobHandler, TermNoticeJob>();
        services.AddSingleton<IOpenVotes, DecisionOpenVotes>();
        services.AddSingleton<CoopBot.Registry.Import.RegistryImport>();
        services.AddSingleton<CoopBot.Registry.Import.RegistryExport>();
        services.AddHostedService<DemoRegistrySeeder>();

        services.AddSingleton<JobScheduler>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<IJobParkedNotice, ParkedJobNotice>();

        services.AddSingleton<BallotCommitQueue>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<DecisionService>();
        services.AddSingleton<ConsultationAudience>();
        services.AddSingleton<CoopBot.Submissions.SubmissionStore>();
        services.AddSingleton<CoopBot.Submissions.SubmissionService>();
        services.AddSingleton<CoopBot.Submissions.SubmissionHandlers>();
        services.AddSingleton<SharedCardUpdater>();
        services.AddSingleton<DecisionHandlers>();
        services.AddSingleton<DemoPoll>();
        services.AddSingleton<IJobHandler, FinalizePollJob>();
        services.AddSingleton<DecisionRegister>();
        services.AddSingleton<DecisionReferences>();
        services.AddSingleton<DecisionResolver>();
        services.AddSingleton<DecisionLinkChoices>();
        services.AddSingleton<IJobHandler, ReminderJob>();
        services.AddEscalation(configuration);

        services.AddMeetings(configuration);
        services.AddMeetingChat(configuration);
        services.AddMessageExtensions();

        services.AddSingleton<WelcomeLedger>();
        services.AddSingleton<HelpHandlers>();
        services.AddFaq(configuration);
        services.AddSingleton<InstallationHandlers>();
        services.AddTab(configuration, builder.Environment);
        services.AddSingleton(BotRoutes.Build);
        services.AddSingleton<TurnClaims>();
        services.AddSingleton<ITurnHandler, BotRouter>();
        return builder;
    }

    public static WebApplication MapCoopBot(this WebApplication app)
    {
        // One endpoint for every verb: the adapter answers 405 itself, as CloudAdapter does.
        app.Map("/api/messages", (HttpContext http, IBotHttpAdapter adapter, ITurnHandler router) => adapter.ProcessAsync(http, router, http.RequestAborted));
        app.MapCoopBotHealthChecks();
        app.MapTab();
        app.MapMeetingBubble();
        return app;
    }
}
