namespace CoopBot.MessageExtensions;

/// <summary>
/// Links to a decision on the bot's domain, <c>https://{domain}/besluiten/{id}</c>: the manifest's messageHandlers make
/// Teams ask CoopBot to unfurl them. The path is reserved for a register page.
/// </summary>
internal static class DecisionLinks
{
    public const string PathSegment = "besluiten";

    /// <summary>The decision id of such a link, or null for any other link.</summary>
    public static string? ItemId(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.AbsolutePath.Trim('/').Split('/') is [PathSegment, var id]
        && id.Length > 0
            ? Uri.UnescapeDataString(id)
            : null;
}
