namespace CoopBot.MessageExtensions;

/// <summary>Wiring of the message extension (compose box, command box, message actions, link unfurling). Its routes are in <c>Hosting/BotRoutes.cs</c>.</summary>
internal static class MessageExtensionRegistration
{
    public static IServiceCollection AddMessageExtensions(this IServiceCollection services)
    {
        services.AddSingleton<MessageExtensionHandlers>();
        services.AddSingleton<DecisionSearchHandlers>();
        return services;
    }
}
