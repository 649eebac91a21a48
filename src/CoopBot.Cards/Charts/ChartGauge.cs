namespace CoopBot.Cards;

/// <summary>
/// <c>Chart.Gauge</c> (Teams): a half-circle dial from <see cref="Min"/> to <see cref="Max"/> with a needle at
/// <see cref="Value"/>, over coloured segments whose sizes add up to the range.
/// </summary>
public sealed record ChartGauge : ChartElement
{
    /// <summary>Where the needle points.</summary>
    public required decimal Value { get; init; }

    /// <summary>Start of the range (default 0).</summary>
    public decimal? Min { get; init; }

    /// <summary>End of the range (default the sum of the segment sizes).</summary>
    public decimal? Max { get; init; }

    /// <summary>How the value is written in the middle of the dial.</summary>
    public GaugeValueFormat? ValueFormat { get; init; }

    /// <summary>Text under the value.</summary>
    public string? SubLabel { get; init; }

    /// <summary>The coloured parts of the dial, from <see cref="Min"/> onwards.</summary>
    public IList<GaugeSegment> Segments { get; init; } = [];
}

/// <summary>A coloured part of a gauge's dial.</summary>
/// <param name="Legend">The legend text (plain text).</param>
/// <param name="Size">Its length on the range.</param>
public sealed record GaugeSegment(string Legend, decimal Size)
{
    /// <summary>Its colour.</summary>
    public ChartColor? Color { get; init; }
}
