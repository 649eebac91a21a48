using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CoopBot.Budget;
using CoopBot.Domain.Amounts;

namespace CoopBot.Tab;

/// <summary>
/// A server-rendered, accessible bar chart of a deelbegroting (role img, a title and a description; the page always
/// prints the same figures as a table below it). No script: it prints and reads without JavaScript.
/// </summary>
internal static class BudgetChart
{
    private const int Width = 560;
    private const int BarHeight = 26;
    private const int LabelWidth = 130;
    private const int Gap = 10;
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Svg(string id, string groupName, BudgetStatus status)
    {
        var bars = Bars(status);
        var max = Math.Max(1, bars.Max(b => Math.Abs(b.Amount.Cents)));
        var height = (bars.Count * (BarHeight + Gap)) + Gap;
        var title = $"Begroting {groupName} {status.Year}";
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {b.Amount}"));
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Html.Encode(title)}</title><desc id=\"{id}-d\">{Html.Encode(description)}</desc>");
        var y = Gap;
        foreach (var bar in bars)
        {
            var length = (int)Math.Round((Width - LabelWidth - 150) * (double)Math.Abs(bar.Amount.Cents) / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 18}\" font-size=\"14\" fill=\"#1b1b1b\">{Html.Encode(bar.Label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(length, 1)}\" height=\"{BarHeight}\" fill=\"{bar.Color}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 18}\" font-size=\"14\" fill=\"#1b1b1b\">{Html.Encode(bar.Amount.ToString())}</text>");
            y += BarHeight + Gap;
        }

        return svg.Append("</svg>").ToString();
    }

    public static IReadOnlyList<(string Label, Money Amount, string Color)> Bars(BudgetStatus status) =>
    [
        ("Deelbegroting", status.Budget?.Amount ?? Money.Zero, "#1f6f8b"),
        ("Vastgelegd", status.Committed, "#5c2d91"),
        ("Gereserveerd", status.Reserved, "#8a5a00"),
        ("Beschikbaar", status.Remaining ?? Money.Zero, "#0b6a0b"),
    ];
}
