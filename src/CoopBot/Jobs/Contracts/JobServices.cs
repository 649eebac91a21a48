using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopBot.Jobs.Contracts;

/// <summary>The scheduler alone, for hosts that schedule work but run no worker (the admin CLI shares the registry's wiring).</summary>
public static class JobServices
{
    public static IServiceCollection AddJobScheduler(this IServiceCollection services)
    {
        services.TryAddSingleton<JobScheduler>();
        services.TryAddSingleton<IJobScheduler>(sp => sp.GetRequiredService<JobScheduler>());
        return services;
    }
}
