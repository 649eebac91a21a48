using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CoopBot.Tab;

/// <summary>One bar: its label, its size, the value as the page prints it, and a colour with enough contrast on white.</summary>
internal sealed record ChartBar(string Label, double Value, string ValueText, string Color);

/// <summary>
/// A server-rendered, accessible horizontal bar chart: <c>role="img"</c> labelled by a title and a description that
/// lists every bar, so a screen reader reads the figures; the page prints the same figures as a table beside it. No
/// script: it prints and reads without JavaScript.
/// </summary>
internal static class TabBarChart
{
    private const int Width = 560;
    private const int BarHeight = 26;
    private const int LabelWidth = 150;
    private const int ValueWidth = 150;
    private const int Gap = 10;
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Svg(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        var max = Math.Max(1e-9, bars.Count == 0 ? 0 : bars.Max(b => Math.Abs(b.Value)));
        var height = (bars.Count * (BarHeight + Gap)) + Gap;
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {b.ValueText}"));
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Html.Encode(title)}</title><desc id=\"{id}-d\">{Html.Encode(description)}</desc>");
        var y = Gap;
        foreach (var bar in bars)
        {
            var length = (int)Math.Round((Width - LabelWidth - ValueWidth) * Math.Abs(bar.Value) / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 18}\" font-size=\"14\" fill=\"#1b1b1b\">{Html.Encode(bar.Label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(length, 1)}\" height=\"{BarHeight}\" fill=\"{bar.Color}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 18}\" font-size=\"14\" fill=\"#1b1b1b\">{Html.Encode(bar.ValueText)}</text>");
            y += BarHeight + Gap;
        }

        return svg.Append("</svg>").ToString();
    }
}
