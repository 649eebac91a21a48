using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary><c>TableRow</c>: one row of a <see cref="Table"/>.</summary>
public sealed record TableRow
{
    /// <summary>Creates an empty row; add <see cref="Cells"/>.</summary>
    public TableRow()
    {
    }

    /// <summary>Creates a row of the given cells.</summary>
    public TableRow(params IEnumerable<TableCell> cells) => Cells = [.. cells];

    /// <summary>Always <c>TableRow</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableRow";

    /// <summary>The cells, left to right.</summary>
    public IList<TableCell> Cells { get; init; } = [];

    /// <summary>Background style of the row.</summary>
    public ContainerStyle? Style { get; init; }
}

/// <summary><c>TableCell</c>: one cell of a <see cref="TableRow"/>, a container of elements.</summary>
public sealed record TableCell
{
    /// <summary>Creates an empty cell; add <see cref="Items"/>.</summary>
    public TableCell()
    {
    }

    /// <summary>Creates a cell of the given elements.</summary>
    public TableCell(params IEnumerable<CardElement> items) => Items = [.. items];

    /// <summary>Always <c>TableCell</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableCell";

    /// <summary>The contained elements.</summary>
    public IList<CardElement> Items { get; init; } = [];

    /// <summary>Background style of the cell.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Vertical alignment of the items.</summary>
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
