using Microsoft.Extensions.DependencyInjection.Extensions;

using CoopBot.Jobs.Contracts;

namespace CoopBot.Jobs;

/// <summary>Wiring of the job queue: options, scheduler, worker and the parked-job notice.</summary>
internal static class JobRegistration
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>().Bind(configuration.GetSection(JobOptions.SectionName)).ValidateOnStart();
        services.AddJobScheduler();
        services.AddHostedService<JobWorker>();
        services.AddSingleton<IJobParkedNotice, ParkedJobNotice>();
        return services;
    }
}
