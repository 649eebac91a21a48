using CoopBot.Decisions;
using CoopBot.Hosting.Routing;
using CoopBot.Protocol.Schema;

namespace CoopBot.MeetingChat;

/// <summary>Wiring of CoopBot in the stuurgroep's meeting chat (issue 18).</summary>
internal static class MeetingChatRegistration
{
    public static IServiceCollection AddMeetingChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingChatOptions>().Bind(configuration.GetSection(MeetingChatOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MeetingChatLinks>();
        services.AddSingleton<ConversationGroups>();
        services.AddSingleton<MeetingChatNotifier>();
        services.AddSingleton<MeetingVotes>();
        services.AddSingleton<MeetingChatHandlers>();
        services.AddSingleton<MeetingEventHandlers>();
        return services;
    }

    public static BotRouteBuilder MapMeetingChat(this BotRouteBuilder routes, IServiceProvider services)
    {
        var chat = services.GetRequiredService<MeetingChatHandlers>();
        var events = services.GetRequiredService<MeetingEventHandlers>();
        return routes
            .OnCommand(MeetingChatTexts.Command, chat.StartAsync)
            .OnAction<CreatePollData>(MeetingChatVerbs.Create, chat.CreateAsync)
            .OnEvent(MeetingEvents.Start, events.OnMeetingStartAsync)
            .OnEvent(MeetingEvents.End, events.OnMeetingEndAsync);
    }
}
