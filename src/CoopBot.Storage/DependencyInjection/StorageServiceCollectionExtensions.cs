using Azure.Core;
using CoopBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Table storage client.</summary>
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
        services.TryAddSingleton(sp => CreateServiceClient(sp, credentialFactory));
        services.TryAddSingleton<ITableClientProvider, TableClientProvider>();
        return services;
    }

    private static TableServiceClient CreateServiceClient(IServiceProvider sp, Func<IServiceProvider, TokenCredential>? credentialFactory)
    {
        var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
        var clientOptions = sp.GetService<TableClientOptions>() ?? new TableClientOptions();
        if (options.TableServiceUri is not { } uri)
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        var credential = credentialFactory?.Invoke(sp) ?? sp.GetService<TokenCredential>()
            ?? throw new InvalidOperationException(
                "Storage:TableServiceUri is set, but no TokenCredential was given to AddTableStorage or registered in DI.");
        return new TableServiceClient(uri, credential, clientOptions);
    }
}
