namespace CoopBot.Storage;

/// <summary>
/// Parses the parts of an Azure Storage connection string that the Table and Queue clients need. Error messages name
/// the offending setting, never its value, because the string carries the account key.
/// </summary>
internal sealed record StorageConnectionString(Uri Endpoint, TableSharedKeyCredential Credential)
{
    internal const string DevelopmentAccountName = "devstoreaccount1";

    // Microsoft's published Azurite/emulator key; not a secret.
    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Uri DevelopmentTableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1/");
    private static readonly Uri DevelopmentQueueEndpoint = new("http://127.0.0.1:10001/devstoreaccount1/");

    public static StorageConnectionString Parse(string connectionString) => Parse(connectionString, "Table", DevelopmentTableEndpoint);

    /// <summary>The queue endpoint and key of the same connection string (<c>QueueEndpoint</c>, or derived from the account).</summary>
    public static StorageConnectionString ParseQueue(string connectionString) => Parse(connectionString, "Queue", DevelopmentQueueEndpoint);

    private static StorageConnectionString Parse(string connectionString, string service, Uri developmentEndpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = Split(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            if (settings.ContainsKey("DevelopmentStorageProxyUri"))
            {
                throw Invalid("DevelopmentStorageProxyUri is not supported");
            }

            return new(developmentEndpoint, new(DevelopmentAccountName, DevelopmentAccountKey));
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw Invalid("SharedAccessSignature is not supported; use AccountKey or a TokenCredential");
        }

        var account = Required(settings, "AccountName");
        var key = Required(settings, "AccountKey");
        return new(EndpointFor(settings, account, service), new(account, key));
    }

    /// <summary>Appends the trailing slash that relative table paths need.</summary>
    internal static Uri WithTrailingSlash(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");

    private static Uri EndpointFor(Dictionary<string, string> settings, string account, string service)
    {
        if (settings.TryGetValue(service + "Endpoint", out var explicitEndpoint))
        {
            return Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var uri)
                ? WithTrailingSlash(uri)
                : throw Invalid($"{service}Endpoint is not an absolute URI");
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return Uri.TryCreate($"{protocol}://{account}.{service.ToLowerInvariant()}.{suffix}/", UriKind.Absolute, out var built)
            ? built
            : throw Invalid("AccountName, DefaultEndpointsProtocol or EndpointSuffix do not form a valid URI");
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split on the first '=' only: base64 keys end with '='.
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw Invalid("a segment is not of the form Name=Value");
            }

            settings[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0 ? value : throw Invalid($"{name} is missing");

    private static ArgumentException Invalid(string reason) =>
        new($"Invalid storage connection string: {reason}.");
}
