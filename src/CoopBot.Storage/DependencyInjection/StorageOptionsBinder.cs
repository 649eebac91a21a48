using Microsoft.Extensions.Configuration;

namespace CoopBot.Storage;

/// <summary>
/// Binds <see cref="StorageOptions"/> by hand: three keys do not justify the reflection-based binder package.
/// Keys that are absent keep their defaults.
/// </summary>
internal static class StorageOptionsBinder
{
    public static void Bind(IConfigurationSection section, StorageOptions options)
    {
        if (section["ConnectionString"] is { Length: > 0 } connectionString)
        {
            options.ConnectionString = connectionString;
        }

        if (section["TableServiceUri"] is { Length: > 0 } uri)
        {
            options.TableServiceUri = Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                ? parsed
                : throw new InvalidOperationException("Storage:TableServiceUri is not an absolute URI.");
        }

        if (section["TablePrefix"] is { } prefix)
        {
            options.TablePrefix = prefix;
        }
    }
}
