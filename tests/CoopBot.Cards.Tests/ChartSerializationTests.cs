namespace CoopBot.Cards.Tests;

public class ChartSerializationTests
{
    [Fact]
    public void HorizontalBar_WritesTheTeamsShapeWithItsFallback()
    {
        var chart = new ChartHorizontalBar
        {
            Title = "Stemmen",
            DisplayMode = HorizontalBarDisplayMode.AbsoluteWithAxis,
            Data = [new HorizontalBarDataPoint("Voor", 2) { Color = ChartColor.Good }],
            Fallback = new TextBlock("Voor: 2"),
        };

        JsonAssert.Equal(
            """{"type":"Chart.HorizontalBar","data":[{"x":"Voor","y":2,"color":"good"}],"displayMode":"AbsoluteWithAxis","title":"Stemmen","fallback":{"type":"TextBlock","text":"Voor: 2","wrap":true}}""",
            AdaptiveCardSerializer.ToJsonNode(chart));
    }

    [Fact]
    public void Gauge_WritesValueRangeFormatAndSegments()
    {
        var gauge = new ChartGauge
        {
            Value = 3,
            Min = 0,
            Max = 4,
            ValueFormat = GaugeValueFormat.Fraction,
            Segments = [new GaugeSegment("Gestemd", 3) { Color = ChartColor.Good }],
            Fallback = new TextBlock("3 van 4"),
        };

        JsonAssert.Equal(
            """{"type":"Chart.Gauge","value":3,"min":0,"max":4,"valueFormat":"fraction","segments":[{"legend":"Gestemd","size":3,"color":"good"}],"fallback":{"type":"TextBlock","text":"3 van 4","wrap":true}}""",
            AdaptiveCardSerializer.ToJsonNode(gauge));
    }
}
