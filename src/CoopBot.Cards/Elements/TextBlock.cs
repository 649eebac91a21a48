using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary>
/// <c>TextBlock</c>: a paragraph of text. Teams renders a markdown subset in <see cref="Text"/>, so user-supplied text
/// must go through <see cref="Literal(string)"/> (or <see cref="CardText.Literal(string)"/>).
/// </summary>
public sealed record TextBlock : CardElement
{
    /// <summary>Creates an empty block; set <see cref="Text"/>.</summary>
    public TextBlock()
    {
    }

    /// <summary>Creates a wrapping block with trusted <paramref name="text"/> (markdown is interpreted).</summary>
    [SetsRequiredMembers]
    public TextBlock(string text) => Text = text;

    /// <summary>The text; a markdown subset is interpreted by the client.</summary>
    public required string Text { get; init; }

    /// <summary>Wraps long text instead of clipping it; defaults to <c>true</c> (the schema default is <c>false</c>).</summary>
    public bool? Wrap { get; init; } = true;

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

    /// <summary>Horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Maximum number of lines shown when wrapping.</summary>
    public int? MaxLines { get; init; }

    /// <summary>Accessibility style (AC 1.5).</summary>
    public TextBlockStyle? Style { get; init; }

    /// <summary>A block that shows user-supplied <paramref name="text"/> literally (markdown and HTML escaped).</summary>
    public static TextBlock Literal(string text) => new(CardText.Literal(text));

    /// <summary>
    /// A block that shows user-supplied <paramref name="text"/> literally, cut to <paramref name="maxLength"/> characters
    /// (see <see cref="CardText.Truncate"/>) before escaping.
    /// </summary>
    public static TextBlock Literal(string text, int maxLength) => new(CardText.Literal(text, maxLength));

    /// <summary>A heading: <see cref="TextBlockStyle.Heading"/>, large and bold. <paramref name="text"/> is trusted markdown.</summary>
    public static TextBlock Heading(string text) => new(text)
    {
        Style = TextBlockStyle.Heading,
        Size = TextSize.Large,
        Weight = TextWeight.Bolder,
    };
}
