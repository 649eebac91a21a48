using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopBot.Registry;

/// <summary>
/// Wiring of the registry feature. <see cref="AddRegistryStore"/> is the storage part the admin CLI shares with the bot
/// (import, export, check); <see cref="AddRegistry"/> is the whole feature in the bot and calls it. Both expect
/// <see cref="TimeProvider"/> and table storage to be registered by their host.
/// </summary>
internal static class RegistryStoreServices
{
    public static IServiceCollection AddRegistryStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<SeatCache>();
        services.AddSingleton<IMembershipDirectory, MembershipDirectory>();
        services.AddSingleton<Contracts.IConfirmingBodyMembership, ConfirmingBodyMembership>();
        services.AddJobScheduler();
        services.AddSingleton<RegistryWriter>();
        services.AddSingleton<RegistryImport>();
        services.AddSingleton<IRegistryImport>(sp => sp.GetRequiredService<RegistryImport>());
        services.AddSingleton<Contracts.SeatEditor>();
        services.AddSingleton<RegistryExport>();
        return services;
    }

    public static IServiceCollection AddRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRegistryStore(configuration);
        services.AddSingleton<IVoterEligibility, RegistryVoterEligibility>();
        services.AddSingleton<DemoRegistry>();
        services.AddSingleton<IDemoRegistry, DemoMode>();
        services.AddSingleton<RegistryQueries>();
        services.AddSingleton<IRegistryViews>(sp => sp.GetRequiredService<RegistryQueries>());
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<CompositionFeedbackService>();
        services.AddSingleton<TeamLinks>();
        services.AddSingleton<RegistryHandlers>();
        services.AddSingleton<FeedbackHandlers>();
        services.AddSingleton<InstallationHandlers>();
        services.AddSingleton<IJobHandler, FeedbackJob>();
        services.AddSingleton<IJobHandler, TermNoticeJob>();
        services.AddHostedService<DemoRegistrySeeder>();
        return services;
    }
}
