using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>Input.ChoiceSet</c>: pick one or several <see cref="Choice"/>s.</summary>
public sealed record InputChoiceSet : CardInput
{
    /// <summary>Creates a choice set with the given id and choices.</summary>
    public InputChoiceSet(string id, params IEnumerable<Choice> choices)
        : base(id) => Choices = [.. choices];

    /// <summary>The options.</summary>
    public IList<Choice> Choices { get; init; }

    /// <summary>Drop-down, expanded (radio buttons / check boxes) or filtered.</summary>
    public ChoiceInputStyle? Style { get; init; }

    /// <summary>Allows several choices; the value is then a comma-separated list.</summary>
    public bool? IsMultiSelect { get; init; }

    /// <summary>Initially selected value(s), comma-separated.</summary>
    public string? Value { get; init; }

    /// <summary>Hint shown while nothing is selected (compact style).</summary>
    public string? Placeholder { get; init; }

    /// <summary>Wraps long choice titles.</summary>
    public bool? Wrap { get; init; }
}

/// <summary>One option of an <see cref="InputChoiceSet"/>. The title is plain text (no markdown).</summary>
public sealed record Choice
{
    /// <summary>Creates an empty choice; set <see cref="Title"/> and <see cref="Value"/>.</summary>
    public Choice()
    {
    }

    /// <summary>Creates a choice.</summary>
    [SetsRequiredMembers]
    public Choice(string title, string value)
    {
        Title = title;
        Value = value;
    }

    /// <summary>What the user sees.</summary>
    public required string Title { get; init; }

    /// <summary>What the bot receives; must not contain commas in a multi-select set.</summary>
    public required string Value { get; init; }
}
