namespace CoopBot.Cards;

/// <summary><c>Chart.HorizontalBar</c> (Teams): one bar per data point, <c>x</c> the label and <c>y</c> the value.</summary>
public sealed record ChartHorizontalBar : ChartElement
{
    /// <summary>The bars, top to bottom.</summary>
    public IList<HorizontalBarDataPoint> Data { get; init; } = [];

    /// <summary>How the bars are laid out.</summary>
    public HorizontalBarDisplayMode? DisplayMode { get; init; }

    /// <summary>The palette the bars take their colours from.</summary>
    public ChartColorSet? ColorSet { get; init; }

    /// <summary>Title of the value axis.</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>Title of the category axis.</summary>
    public string? YAxisTitle { get; init; }
}

/// <summary>One bar: its label (<c>x</c>), its value (<c>y</c>) and an optional colour.</summary>
/// <param name="X">The label (plain text).</param>
/// <param name="Y">The value.</param>
public sealed record HorizontalBarDataPoint(string X, decimal Y)
{
    /// <summary>A fixed colour for this bar.</summary>
    public ChartColor? Color { get; init; }
}
