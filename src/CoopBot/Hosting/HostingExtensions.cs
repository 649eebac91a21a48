using CoopBot.Broadcasts;
using CoopBot.Budget;
using CoopBot.Common;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Escalation;
using CoopBot.FaqChat;
using CoopBot.Graph;
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
using CoopBot.Submissions;
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

        // Shared kernel (Common): not a feature, used by all.
        services.AddSingleton<TenantServiceUrls>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<DeliveryLedger>();

        // One AddX per feature; their routes are all in BotRoutes. The order keeps the hosted services' start order
        // (demo seeder, job worker, broadcast worker, meeting year check) and the decision hooks' order (escalation, minutes).
        services.AddRegistry(configuration);
        services.AddJobs(configuration);
        services.AddDecisions(configuration);
        services.AddSubmissions();
        services.AddEscalation(configuration);
        services.AddBudget();
        services.AddConfidentiality();
        services.AddGraph(configuration);
        services.AddBroadcasts(configuration);
        services.AddMeetings(configuration);
        services.AddMeetingChat(configuration);
        services.AddMessageExtensions();
        services.AddHelp();
        services.AddFaqChat(configuration);
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
