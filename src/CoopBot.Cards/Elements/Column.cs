using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// <c>Column</c>: one column of a <see cref="ColumnSet"/>. Not a <see cref="CardElement"/>, because a column is only
/// valid inside a ColumnSet; it writes its own <c>type</c>.
/// </summary>
public sealed record Column
{
    /// <summary>Creates an empty column; add <see cref="Items"/>.</summary>
    public Column()
    {
    }

    /// <summary>Creates a column of the given elements.</summary>
    public Column(params IEnumerable<CardElement> items) => Items = [.. items];

    /// <summary>Always <c>Column</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "Column";

    /// <summary>Unique id within the card.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>Column width: <see cref="ColumnWidth.Auto"/>, <see cref="ColumnWidth.Stretch"/> (default) or a weight.</summary>
    public ColumnWidth? Width { get; init; }

    /// <summary>The contained elements.</summary>
    public IList<CardElement> Items { get; init; } = [];

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Vertical alignment of the items.</summary>
    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>Space to the left of the column.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Draws a separating line to the left of the column.</summary>
    public bool? Separator { get; init; }

    /// <summary>Lets a styled background bleed into the parent's padding.</summary>
    public bool? Bleed { get; init; }
}
