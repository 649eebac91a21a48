using CoopBot.Budget;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Hosting.Routing;
using CoopBot.Jobs;

namespace CoopBot.Escalation;

/// <summary>Wiring of the escalation, deelbegroting and confidentiality features and their seams into the decisions engine.</summary>
internal static class EscalationRegistration
{
    public static IServiceCollection AddEscalation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<EscalationStore>();
        services.AddSingleton<EscalationTransitions>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<EscalationNotifier>();
        services.AddSingleton<EscalationHandlers>();
        services.AddSingleton<EscalationGate>();
        services.AddSingleton<IDecisionCreateGate>(sp => sp.GetRequiredService<EscalationGate>());
        services.AddSingleton<IDecisionOutcomeHook>(sp => sp.GetRequiredService<EscalationGate>());
        services.AddSingleton<IDecisionStatusSource, EscalationStatusSource>();
        services.AddSingleton<IDecisionReopenHook, EscalationReopenHook>();
        services.AddSingleton<IJobHandler, ConfirmationRequestJob>();
        services.AddSingleton<IJobHandler, ConfirmationFollowUpJob>();

        services.AddSingleton<BudgetStore>();
        services.AddSingleton<BudgetService>();
        services.AddSingleton<BudgetHandlers>();

        services.AddSingleton<NdaStore>();
        services.AddSingleton<NdaService>();
        services.AddSingleton<IDecisionVisibility>(sp => sp.GetRequiredService<NdaService>());
        services.AddSingleton<IVoteGate>(sp => sp.GetRequiredService<NdaService>());
        services.AddSingleton<NdaHandlers>();
        services.AddSingleton<MyConfirmations>();
        return services;
    }

    public static BotRouteBuilder MapEscalation(this BotRouteBuilder routes, IServiceProvider services)
    {
        var escalation = services.GetRequiredService<EscalationHandlers>();
        var budget = services.GetRequiredService<BudgetHandlers>();
        var ndas = services.GetRequiredService<NdaHandlers>();
        var confirmations = services.GetRequiredService<MyConfirmations>();
        return routes
            .OnCommand(MyConfirmations.Command, confirmations.ShowAsync)
            .OnAction<BodyActionData>(EscalationVerbs.Confirm, escalation.ConfirmAsync)
            .OnAction<BodyActionData>(EscalationVerbs.Refuse, escalation.RefuseAsync)
            .OnAction<BodyActionData>(EscalationVerbs.View, escalation.ViewAsync)
            .OnAction<CreatePollData>(EscalationVerbs.Edit, escalation.EditAsync)
            .OnCommand(BudgetTexts.Command, budget.ShowAsync)
            .OnAction<PollActionData>(ConfidentialityVerbs.Acknowledge, ndas.AcknowledgeAsync);
    }
}
