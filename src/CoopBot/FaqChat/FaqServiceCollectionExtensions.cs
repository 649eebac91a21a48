using CoopBot.Faq;
using CoopBot.FaqChat.Contracts;
using CoopBot.Jobs.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.FaqChat;

/// <summary>Wiring of the FAQ feature: the index is built once at start-up and shared (it is immutable and thread-safe).</summary>
internal static class FaqServiceCollectionExtensions
{
    public static IServiceCollection AddFaqChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FaqOptions>().Bind(configuration.GetSection(FaqOptions.SectionName)).ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<FaqOptions>>().Value.KnowledgeBasePath;
            return FaqIndex.Build(string.IsNullOrWhiteSpace(path) ? FaqKnowledgeBase.LoadDefault() : FaqKnowledgeBase.Load(path));
        });
        services.AddSingleton<FaqPhrasingStore>();
        services.AddSingleton<FaqIndexHolder>();
        services.AddSingleton<FaqPhrasingService>();
        services.AddSingleton<FaqFeedbackStore>();
        services.AddSingleton<FaqHandlers>();
        services.AddSingleton<TicketStore>();
        services.AddSingleton<TicketService>();
        services.AddSingleton<TicketHandlers>();
        services.AddSingleton<IJobHandler, TicketSyncJob>();
        services.AddSingleton<IFaqPhrasings, FaqPhrasingCatalog>();
        services.AddSingleton<IFaqTickets, FaqTicketQueries>();

        return services;
    }
}
