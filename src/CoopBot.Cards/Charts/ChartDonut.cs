namespace CoopBot.Cards;

/// <summary><c>Chart.Donut</c> (Teams): slices with a legend and a value.</summary>
public sealed record ChartDonut : ChartElement
{
    /// <summary>The slices, in legend order.</summary>
    public IList<DonutDataPoint> Data { get; init; } = [];

    /// <summary>The palette the slices take their colours from.</summary>
    public ChartColorSet? ColorSet { get; init; }
}

/// <summary>One slice: its legend and value, and an optional colour.</summary>
/// <param name="Legend">The legend text (plain text).</param>
/// <param name="Value">The value.</param>
public sealed record DonutDataPoint(string Legend, decimal Value)
{
    /// <summary>A fixed colour for this slice.</summary>
    public ChartColor? Color { get; init; }
}
