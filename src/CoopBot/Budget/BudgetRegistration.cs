namespace CoopBot.Budget;

/// <summary>Wiring of the deelbegroting feature.</summary>
internal static class BudgetRegistration
{
    public static IServiceCollection AddBudget(this IServiceCollection services)
    {
        services.AddSingleton<BudgetStore>();
        services.AddSingleton<BudgetService>();
        services.AddSingleton<Contracts.IBudgets>(sp => sp.GetRequiredService<BudgetService>());
        services.AddSingleton<BudgetHandlers>();
        return services;
    }
}
