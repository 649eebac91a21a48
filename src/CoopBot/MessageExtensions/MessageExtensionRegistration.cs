using CoopBot.Hosting.Routing;
using CoopBot.Protocol.Schema;

namespace CoopBot.MessageExtensions;

/// <summary>Wiring and routes of the message extension (compose box, command box, message actions, link unfurling).</summary>
internal static class MessageExtensionRegistration
{
    public static IServiceCollection AddMessageExtensions(this IServiceCollection services)
    {
        services.AddSingleton<MessageExtensionHandlers>();
        services.AddSingleton<DecisionSearchHandlers>();
        return services;
    }

    public static BotRouteBuilder MapMessageExtensions(this BotRouteBuilder routes, IServiceProvider services)
    {
        var actions = services.GetRequiredService<MessageExtensionHandlers>();
        var search = services.GetRequiredService<DecisionSearchHandlers>();
        foreach (var (commandId, form) in MessageExtensionCommands.CreationCommands)
        {
            routes
                .OnComposeCommand<MessagingExtensionAction>(ComposeExtensionInvokes.FetchTask, commandId, (turn, value, ct) => actions.OpenFormAsync(turn, value, form, ct))
                .OnComposeCommand<MessagingExtensionAction>(ComposeExtensionInvokes.SubmitAction, commandId, actions.SubmitAsync);
        }

        return routes
            .OnComposeCommand<MessagingExtensionQuery>(ComposeExtensionInvokes.Query, MessageExtensionCommands.Search, search.SearchAsync)
            .OnInvoke<AppBasedLinkQuery>(
                ComposeExtensionInvokes.QueryLink, search.UnfurlAsync, () => ComposeExtensionResponseFactory.ResultMessage(MessageExtensionTexts.LinkNotFound));
    }
}
