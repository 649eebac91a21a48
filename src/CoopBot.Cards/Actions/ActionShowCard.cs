using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>Action.ShowCard</c>: expands an inline sub-card, typically a small form.</summary>
public sealed record ActionShowCard : CardAction
{
    /// <summary>Creates an empty action; set <see cref="Card"/>.</summary>
    public ActionShowCard()
    {
    }

    /// <summary>Creates an action that expands <paramref name="card"/> under a button titled <paramref name="title"/>.</summary>
    [SetsRequiredMembers]
    public ActionShowCard(string title, AdaptiveCard card)
    {
        Title = title;
        Card = card;
    }

    /// <summary>The card to show. Its inputs are collected by actions inside it and by the parent card's actions.</summary>
    public required AdaptiveCard Card { get; init; }
}
