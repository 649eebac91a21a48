using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CoopBot.Protocol.Connector;

/// <summary>
/// The serviceUrls seen on validated activities. The bot token is only ever sent to these
/// (Bot Framework rule: only call serviceUrls from a validated inbound request).
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.Ordinal);

    /// <summary>Trusts <paramref name="serviceUrl"/> from now on.</summary>
    /// <exception cref="ArgumentException">Not an absolute http(s) URL.</exception>
    public void Trust(string serviceUrl) => _trusted.TryAdd(Normalize(serviceUrl), 0);

    /// <summary>Whether <paramref name="serviceUrl"/> (in any equivalent spelling) is trusted.</summary>
    public bool IsTrusted(string? serviceUrl) => TryNormalize(serviceUrl, out var normalized) && _trusted.ContainsKey(normalized);

    /// <summary>The canonical form: lower-case scheme and host, explicit non-default port, path with a trailing slash.</summary>
    /// <exception cref="ArgumentException">Not an absolute http(s) URL.</exception>
    public static string Normalize(string serviceUrl) =>
        TryNormalize(serviceUrl, out var normalized)
            ? normalized
            : throw new ArgumentException("The serviceUrl must be an absolute http or https URL.", nameof(serviceUrl));

    /// <summary>Like <see cref="Normalize"/>, without throwing.</summary>
    public static bool TryNormalize(string? serviceUrl, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0
            || uri.Host.Length == 0)
        {
            return false;
        }

        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        normalized = $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}";
        return true;
    }
}
