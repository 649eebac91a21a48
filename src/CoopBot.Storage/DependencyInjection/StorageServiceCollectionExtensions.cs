using Azure.Core;
using Azure.Data.Tables;
using CoopBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Table storage on Azure.Data.Tables.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the "Storage" section (read when first resolved, so later
    /// configuration sources count), validates it on start, and registers a singleton
    /// <see cref="TableServiceClient"/> and <see cref="ITableClientProvider"/>. A <see cref="TableClientOptions"/>
    /// singleton registered by the host is used when present. With <c>Storage:TableServiceUri</c> set, the
    /// credential comes from <paramref name="credentialFactory"/> or else a <see cref="TokenCredential"/> in DI.
    /// </summary>
    public static IServiceCollection AddTableStorage(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<IServiceProvider, TokenCredential>? credentialFactory = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Configure(o => StorageOptionsBinder.Bind(configuration.GetSection(StorageOptions.SectionName), o))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(sp => new StorageAccount(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetService<TableClientOptions>() ?? new TableClientOptions(),
            () => credentialFactory?.Invoke(sp) ?? sp.GetService<TokenCredential>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateServiceClient());
        services.TryAddSingleton<ITableClientProvider, TableClientProvider>();
        return services;
    }
}
