namespace CoopBot.MeetingChat;

/// <summary>Wiring of CoopBot in the stuurgroep's meeting chat (issue 18). Its routes are in <c>Hosting/BotRoutes.cs</c>.</summary>
internal static class MeetingChatRegistration
{
    public static IServiceCollection AddMeetingChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingChatOptions>().Bind(configuration.GetSection(MeetingChatOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MeetingChatLinks>();
        services.AddSingleton<ConversationGroups>();
        services.AddSingleton<Contracts.IConversationGroups>(sp => sp.GetRequiredService<ConversationGroups>());
        services.AddSingleton<MeetingChatNotifier>();
        services.AddSingleton<MeetingVotes>();
        services.AddSingleton<Contracts.IMeetingVotes>(sp => sp.GetRequiredService<MeetingVotes>());
        services.AddSingleton<MeetingChatHandlers>();
        services.AddSingleton<MeetingEventHandlers>();
        return services;
    }
}
