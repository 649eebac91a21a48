using CoopBot.Jobs;
using CoopBot.Registry.Import;

namespace CoopBot.Registry;

/// <summary>The registry's storage services without the bot: what the admin CLI needs to import, export and check.</summary>
internal static class RegistryStoreServices
{
    public static IServiceCollection AddRegistryStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddTableStorage(configuration);
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName));
        services.AddSingleton<SeatCache>();
        services.AddSingleton<IMembershipDirectory, MembershipDirectory>();
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<RegistryWriter>();
        services.AddSingleton<RegistryImport>();
        services.AddSingleton<RegistryExport>();
        return services;
    }
}
