using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;

namespace CoopBot.Confidentiality;

/// <summary>Wiring of the confidentiality feature (NDA) and its seams into the decisions engine.</summary>
internal static class ConfidentialityRegistration
{
    public static IServiceCollection AddConfidentiality(this IServiceCollection services)
    {
        services.AddSingleton<NdaStore>();
        services.AddSingleton<NdaService>();
        services.AddSingleton<IDecisionVisibility>(sp => sp.GetRequiredService<NdaService>());
        services.AddSingleton<IVoteGate>(sp => sp.GetRequiredService<NdaService>());
        services.AddSingleton<Contracts.INdaClearance>(sp => sp.GetRequiredService<NdaService>());
        services.AddSingleton<NdaHandlers>();
        return services;
    }
}
