using System.Net;

namespace CoopBot.Tab;

/// <summary>Routes of the tab and the two checks on where a request may go or come from.</summary>
internal static class TabPaths
{
    public const string Home = "/tab/overzicht";

    /// <summary>Only a path inside the tab is followed after sign-in (no open redirect).</summary>
    public static string LocalOrHome(string? url) =>
        url is not null && url.StartsWith("/tab/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : Home;

    public static bool IsLoopback(HttpContext http) => http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
}
