using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopBot.Jobs;

/// <summary>Wiring of the job queue: options, scheduler, worker and the parked-job notice.</summary>
internal static class JobRegistration
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>().Bind(configuration.GetSection(JobOptions.SectionName)).ValidateOnStart();
        services.TryAddSingleton<JobScheduler>();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<IJobParkedNotice, ParkedJobNotice>();
        return services;
    }
}
