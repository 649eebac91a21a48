using CoopBot.Decisions.Contracts;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry;

namespace CoopBot.Decisions;

/// <summary>Wiring of the decisions feature (polls, proposals, statements, consultations and the register).</summary>
internal static class DecisionRegistration
{
    public static IServiceCollection AddDecisions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DecisionsOptions>().Bind(configuration.GetSection(DecisionsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BallotCommitQueue>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<DecisionPolls>();
        services.AddSingleton<DecisionLookup>();
        services.AddSingleton<IDecisionLookup>(sp => sp.GetRequiredService<DecisionLookup>());
        services.AddSingleton<DecisionService>();
        services.AddSingleton<DecisionDeadlines>();
        services.AddSingleton<DecisionRegisterRecorder>();
        services.AddSingleton<IDecisionRefresh>(sp => sp.GetRequiredService<DecisionRegisterRecorder>());
        services.AddSingleton<DecisionCardPoster>();
        services.AddSingleton<DecisionCreation>();
        services.AddSingleton<IDecisionCreator>(sp => sp.GetRequiredService<DecisionCreation>());
        services.AddSingleton<DecisionFormFlow>();
        services.AddSingleton<IDecisionForms>(sp => sp.GetRequiredService<DecisionFormFlow>());
        services.AddSingleton<DecisionVoting>();
        services.AddSingleton<DecisionLifecycle>();
        services.AddSingleton<DecisionCounting>();
        services.AddSingleton<DecisionReminders>();
        services.AddSingleton<DecisionComments>();
        services.AddSingleton<IDecisionViewerCards, DecisionViewerCards>();
        services.AddSingleton<ConsultationAudience>();
        services.AddSingleton<SharedCardUpdater>();
        services.AddSingleton<DecisionHandlers>();
        services.AddSingleton<DemoPoll>();
        services.AddSingleton<IJobHandler, FinalizePollJob>();
        services.AddSingleton<DecisionRegister>();
        services.AddSingleton<DecisionRegisterReader>();
        services.AddSingleton<IDecisionRegisterReader>(sp => sp.GetRequiredService<DecisionRegisterReader>());
        services.AddSingleton<IDecisionRegisterWriter>(sp => sp.GetRequiredService<DecisionRegisterReader>());
        services.AddSingleton<IDecisionReader, DecisionReader>();
        services.AddSingleton<DecisionReferences>();
        services.AddSingleton<DecisionResolver>();
        services.AddSingleton<DecisionLinkChoices>();
        services.AddSingleton<IJobHandler, ReminderJob>();
        services.AddSingleton<IOpenVotes, DecisionOpenVotes>();
        return services;
    }
}
