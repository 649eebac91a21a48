namespace CoopBot.Cards;

/// <summary><c>ColumnSet</c>: lays out <see cref="Column"/>s side by side.</summary>
public sealed record ColumnSet : CardElement
{
    /// <summary>Creates an empty set; add <see cref="Columns"/>.</summary>
    public ColumnSet()
    {
    }

    /// <summary>Creates a set of the given columns.</summary>
    public ColumnSet(params IEnumerable<Column> columns) => Columns = [.. columns];

    /// <summary>The columns, left to right.</summary>
    public IList<Column> Columns { get; init; } = [];

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Lets a styled background bleed into the parent's padding.</summary>
    public bool? Bleed { get; init; }

    /// <summary>Horizontal alignment of the columns when they do not fill the width.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
