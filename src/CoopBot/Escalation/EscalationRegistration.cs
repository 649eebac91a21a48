using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Jobs.Contracts;

namespace CoopBot.Escalation;

/// <summary>Wiring of the escalation feature and its seams into the decisions engine. Its routes are in <c>Hosting/BotRoutes.cs</c>.</summary>
internal static class EscalationRegistration
{
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<EscalationStore>();
        services.AddSingleton<EscalationTransitions>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<EscalationReads>();
        services.AddSingleton<Contracts.IEscalationOverview>(sp => sp.GetRequiredService<EscalationReads>());
        services.AddSingleton<Budget.Contracts.IBudgetClaims>(sp => sp.GetRequiredService<EscalationReads>());
        services.AddSingleton<EscalationNotifier>();
        services.AddSingleton<EscalationHandlers>();
        services.AddSingleton<EscalationGate>();
        services.AddSingleton<IDecisionCreateGate>(sp => sp.GetRequiredService<EscalationGate>());
        services.AddSingleton<IDecisionOutcomeHook>(sp => sp.GetRequiredService<EscalationGate>());
        services.AddSingleton<IDecisionStatusSource, EscalationStatusSource>();
        services.AddSingleton<IDecisionReopenHook, EscalationReopenHook>();
        services.AddSingleton<IJobHandler, ConfirmationRequestJob>();
        services.AddSingleton<IJobHandler, ConfirmationFollowUpJob>();
        services.AddSingleton<MyConfirmations>();
        return services;
    }
}
