namespace CoopBot.Graph;

/// <summary>Wiring of the shared Graph client.</summary>
internal static class GraphRegistration
{
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphClientProvider>();
        services.AddSingleton<Contracts.IGraphClient>(sp => sp.GetRequiredService<GraphClientProvider>());
        return services;
    }
}
