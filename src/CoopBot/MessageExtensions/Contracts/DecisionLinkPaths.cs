namespace CoopBot.MessageExtensions.Contracts;

/// <summary>
/// The paths of a decision link on the bot's domain: the short form <c>/besluiten/{id}</c> and the tab's decision page
/// <c>/tab/besluiten/{id}</c>. Both unfurl (<see cref="DecisionLinks"/>); the tab redirects the short form to its page.
/// </summary>
internal static class DecisionLinkPaths
{
    public const string PathSegment = "besluiten";

    /// <summary>The tab's decision page of <paramref name="itemId"/>.</summary>
    public static string TabPath(string itemId) => $"/tab/{PathSegment}/{Uri.EscapeDataString(itemId)}";
}
