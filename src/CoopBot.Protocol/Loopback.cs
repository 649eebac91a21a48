using System.Net;

namespace CoopBot.Protocol;

/// <summary>Recognises loopback URLs: the only place plain http or anonymous calls are tolerated.</summary>
internal static class Loopback
{
    public static bool IsLoopback(Uri uri) =>
        uri.IsAbsoluteUri
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address)));

    public static bool IsLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsLoopback(uri);

    /// <summary>https anywhere, http only on loopback.</summary>
    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));
}
