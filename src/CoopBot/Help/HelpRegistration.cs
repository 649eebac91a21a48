namespace CoopBot.Help;

/// <summary>Wiring of the help card and the once-per-conversation welcome.</summary>
internal static class HelpRegistration
{
    public static IServiceCollection AddHelp(this IServiceCollection services)
    {
        services.AddSingleton<WelcomeLedger>();
        services.AddSingleton<HelpHandlers>();
        services.AddSingleton<Contracts.IHelpCards>(sp => sp.GetRequiredService<HelpHandlers>());
        services.AddSingleton<Contracts.IWelcome>(sp => sp.GetRequiredService<HelpHandlers>());
        return services;
    }
}
