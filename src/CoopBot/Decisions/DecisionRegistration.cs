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
        services.AddSingleton<DecisionService>();
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
