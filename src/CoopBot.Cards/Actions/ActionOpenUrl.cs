using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>Action.OpenUrl</c>: opens a link in the browser or in Teams (deep links).</summary>
public sealed record ActionOpenUrl : CardAction
{
    /// <summary>Creates an empty action; set <see cref="Url"/>.</summary>
    public ActionOpenUrl()
    {
    }

    /// <summary>Creates an action opening <paramref name="url"/> with the given button title.</summary>
    [SetsRequiredMembers]
    public ActionOpenUrl(string title, Uri url)
    {
        Title = title;
        Url = url;
    }

    /// <summary>The URL to open.</summary>
    public required Uri Url { get; init; }
}
