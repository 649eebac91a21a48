namespace CoopBot.Cards;

/// <summary><c>RichTextBlock</c>: a paragraph of differently styled <see cref="TextRun"/>s (no markdown).</summary>
public sealed record RichTextBlock : CardElement
{
    /// <summary>Creates an empty block; add <see cref="Inlines"/>.</summary>
    public RichTextBlock()
    {
    }

    /// <summary>Creates a block of the given runs.</summary>
    public RichTextBlock(params IEnumerable<TextRun> inlines) => Inlines = [.. inlines];

    /// <summary>The runs, in reading order.</summary>
    public IList<TextRun> Inlines { get; init; } = [];

    /// <summary>Horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
