using System.Globalization;
using System.Text;
using CoopBot.Domain.Amounts;

namespace CoopBot.Decisions.Contracts;

/// <summary>The register as CSV or Markdown: one exporter for the CLI's <c>decisions export</c> and the tab's export.</summary>
public static class RegisterExport
{
    private static readonly string[] Columns =
        ["stuurgroep", "id", "soort", "titel", "aangemaakt", "besloten", "status", "uitkomst", "stemmen", "stemgerechtigden", "bedrag", "anoniem", "toelichting", "referentie"];

    public static string ToCsv(IEnumerable<RegisterRow> entries)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', Columns));
        foreach (var entry in entries)
        {
            csv.AppendLine(string.Join(',', Cells(entry).Select(CsvCell)));
        }

        return csv.ToString();
    }

    public static string ToMarkdown(IEnumerable<RegisterRow> entries)
    {
        var md = new StringBuilder()
            .AppendLine("| " + string.Join(" | ", Columns) + " |")
            .AppendLine("|" + string.Concat(Enumerable.Repeat(" --- |", Columns.Length)));
        foreach (var entry in entries)
        {
            md.AppendLine("| " + string.Join(" | ", Cells(entry).Select(MarkdownCell)) + " |");
        }

        return md.ToString();
    }

    private static IEnumerable<string> Cells(RegisterRow e) =>
    [
        e.SteeringGroupId, e.ItemId, e.Kind, e.Title, Date(e.CreatedAt), e.DecidedAt is { } at ? Date(at) : string.Empty, e.Status, e.Outcome,
        e.Voters.ToString(CultureInfo.InvariantCulture), e.Eligible.ToString(CultureInfo.InvariantCulture),
        e.AmountCents is { } cents ? Money.FromCents(cents).ToStringExclVat() : string.Empty, e.Anonymous ? "ja" : "nee", e.OutcomeStatement ?? string.Empty,
        e.Reference ?? string.Empty,
    ];

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    // Quote per RFC 4180, and neutralise a leading =, +, - or @ so a spreadsheet never runs user text as a formula.
    private static string CsvCell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static string MarkdownCell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
