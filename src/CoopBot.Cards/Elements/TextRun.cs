using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// <c>TextRun</c>: one styled run inside a <see cref="RichTextBlock"/>. Markdown is NOT interpreted in runs, so user text
/// is shown literally without escaping.
/// </summary>
public sealed record TextRun
{
    /// <summary>Creates an empty run; set <see cref="Text"/>.</summary>
    public TextRun()
    {
    }

    /// <summary>Creates a run showing <paramref name="text"/> as-is.</summary>
    [SetsRequiredMembers]
    public TextRun(string text) => Text = text;

    /// <summary>Always <c>TextRun</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    /// <summary>The text, shown as-is.</summary>
    public required string Text { get; init; }

    /// <summary>Text size.</summary>
    public TextSize? Size { get; init; }

    /// <summary>Font weight.</summary>
    public TextWeight? Weight { get; init; }

    /// <summary>Text colour.</summary>
    public TextColor? Color { get; init; }

    /// <summary>Renders the text toned down.</summary>
    public bool? IsSubtle { get; init; }

    /// <summary>Font family.</summary>
    public FontType? FontType { get; init; }

    /// <summary>Italic.</summary>
    public bool? Italic { get; init; }

    /// <summary>Strike-through.</summary>
    public bool? Strikethrough { get; init; }

    /// <summary>Highlighted background.</summary>
    public bool? Highlight { get; init; }

    /// <summary>Underlined (AC 1.3).</summary>
    public bool? Underline { get; init; }
}
