using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>Input.Toggle</c>: a check box; the bot receives <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record InputToggle : CardInput
{
    /// <summary>Creates a toggle with the given id and plain-text title.</summary>
    [SetsRequiredMembers]
    public InputToggle(string id, string title)
        : base(id) => Title = title;

    /// <summary>Text next to the check box (plain text).</summary>
    public required string Title { get; init; }

    /// <summary>Initial value: <see cref="ValueOn"/> checks the box.</summary>
    public string? Value { get; init; }

    /// <summary>Value sent when checked (schema default <c>"true"</c>).</summary>
    public string? ValueOn { get; init; }

    /// <summary>Value sent when unchecked (schema default <c>"false"</c>).</summary>
    public string? ValueOff { get; init; }

    /// <summary>Wraps a long title.</summary>
    public bool? Wrap { get; init; }
}
