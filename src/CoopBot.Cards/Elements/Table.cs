namespace CoopBot.Cards;

/// <summary><c>Table</c> (AC 1.5): a grid of <see cref="TableRow"/>s, e.g. a vote tally.</summary>
public sealed record Table : CardElement
{
    /// <summary>Column definitions; their count sets the number of cells a row shows.</summary>
    public IList<TableColumnDefinition> Columns { get; init; } = [];

    /// <summary>The rows, top to bottom.</summary>
    public IList<TableRow> Rows { get; init; } = [];

    /// <summary>Styles the first row as headers (schema default <c>true</c>).</summary>
    public bool? FirstRowAsHeaders { get; init; }

    /// <summary>Draws grid lines (schema default <c>true</c>).</summary>
    public bool? ShowGridLines { get; init; }

    /// <summary>Style of the grid lines.</summary>
    public ContainerStyle? GridStyle { get; init; }

    /// <summary>Default horizontal alignment of cell content.</summary>
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    /// <summary>Default vertical alignment of cell content.</summary>
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}

/// <summary>One column of a <see cref="Table"/>.</summary>
public sealed record TableColumnDefinition
{
    /// <summary>Creates a column with relative weight <paramref name="width"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not positive.</exception>
    public TableColumnDefinition(int width = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Width = width;
    }

    /// <summary>Relative weight of the column.</summary>
    public int Width { get; }

    /// <summary>Horizontal alignment of this column's cells.</summary>
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
}
