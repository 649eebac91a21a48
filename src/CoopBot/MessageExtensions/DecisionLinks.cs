using CoopBot.MessageExtensions.Contracts;

namespace CoopBot.MessageExtensions;

/// <summary>
/// Links to a decision on the bot's domain: the tab's decision page <c>https://{domain}/tab/besluiten/{id}</c>, and the
/// short form <c>https://{domain}/besluiten/{id}</c>, which redirects to that page. The manifest's messageHandlers make
/// Teams ask CoopBot to unfurl both.
/// </summary>
internal static class DecisionLinks
{
    private const string PathSegment = DecisionLinkPaths.PathSegment;

    /// <summary>The decision id of such a link, or null for any other link.</summary>
    public static string? ItemId(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var id = uri.AbsolutePath.Trim('/').Split('/') switch
        {
            [PathSegment, var shortForm] => shortForm,
            ["tab", PathSegment, var tabPage] => tabPage,
            _ => null,
        };
        return id is { Length: > 0 } and not ("export.csv" or "export.md") ? Uri.UnescapeDataString(id) : null;
    }
}
