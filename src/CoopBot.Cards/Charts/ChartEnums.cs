using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>A colour of a chart data point (Teams chart palette, <c>color</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartColor>))]
public enum ChartColor
{
    /// <summary>Positive (green).</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>Caution (amber).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Negative (red).</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,

    /// <summary>Neutral (grey).</summary>
    [JsonStringEnumMemberName("neutral")]
    Neutral,
}

/// <summary>The set of colours a chart draws its data points from (<c>colorSet</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartColorSet>))]
public enum ChartColorSet
{
    /// <summary>Distinct colours for unrelated categories.</summary>
    [JsonStringEnumMemberName("categorical")]
    Categorical,

    /// <summary>Shades of one colour for ordered values.</summary>
    [JsonStringEnumMemberName("sequential")]
    Sequential,

    /// <summary>Two colours diverging from a neutral middle (an agreement scale).</summary>
    [JsonStringEnumMemberName("diverging")]
    Diverging,
}

/// <summary>How a horizontal bar chart lays out its bars (<c>displayMode</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalBarDisplayMode>))]
public enum HorizontalBarDisplayMode
{
    /// <summary>Absolute values against an axis (the default).</summary>
    AbsoluteWithAxis,

    /// <summary>Absolute values without an axis.</summary>
    AbsoluteNoAxis,

    /// <summary>Each bar as its share of the total.</summary>
    PartToWhole,
}

/// <summary>How a gauge writes its value (<c>valueFormat</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GaugeValueFormat>))]
public enum GaugeValueFormat
{
    /// <summary>"3/4".</summary>
    [JsonStringEnumMemberName("fraction")]
    Fraction,

    /// <summary>"75%".</summary>
    [JsonStringEnumMemberName("percentage")]
    Percentage,
}
