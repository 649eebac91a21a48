namespace CoopBot.Storage;

/// <summary>Settings bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>Connection string with an account key; defaults to local Azurite (<c>UseDevelopmentStorage=true</c>).</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// When set (e.g. <c>https://account.table.core.windows.net/</c>), the client uses Entra ID with the host's
    /// <c>TokenCredential</c> and ignores <see cref="ConnectionString"/>.
    /// </summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Prepended to every logical table name (letters and digits; tests use it for isolation).</summary>
    public string TablePrefix { get; set; } = "";
}
