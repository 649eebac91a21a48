using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides elements client-side, without a round trip to the bot.</summary>
public sealed record ActionToggleVisibility : CardAction
{
    /// <summary>Creates an empty action; add <see cref="TargetElements"/>.</summary>
    public ActionToggleVisibility()
    {
    }

    /// <summary>Creates an action that toggles the elements with the given ids.</summary>
    [SetsRequiredMembers]
    public ActionToggleVisibility(string title, params IEnumerable<string> elementIds)
    {
        Title = title;
        TargetElements = [.. elementIds.Select(id => new TargetElement(id))];
    }

    /// <summary>The elements to toggle, show or hide.</summary>
    public required IList<TargetElement> TargetElements { get; init; }
}

/// <summary>One target of <see cref="ActionToggleVisibility"/>.</summary>
/// <param name="ElementId">Id of the element.</param>
/// <param name="IsVisible"><c>true</c> shows, <c>false</c> hides, <c>null</c> toggles.</param>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
