using System.Text;

namespace CoopBot.Registry.Import;

/// <summary>One data row of a CSV file with its 1-based line number, fields addressed by header name.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string Get(string column) => Fields.TryGetValue(column, out var value) ? value.Trim() : string.Empty;
}

/// <summary>
/// Minimal CSV (RFC 4180 quoting, no line breaks inside fields). The delimiter is ';' when the header has one (Excel in
/// nl-BE writes ';'), else ','. Header names are compared case-insensitively.
/// </summary>
internal static class CsvFile
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, IReadOnlyList<string> Errors) Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            return ([], [], ["Het bestand is leeg."]);
        }

        var delimiter = lines[headerIndex].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = Split(lines[headerIndex].TrimStart('\uFEFF'), delimiter, out _).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var rows = new List<CsvRow>();
        var errors = new List<string>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(lines[i], delimiter, out var problem);
            if (problem is not null || fields.Count != header.Count)
            {
                errors.Add($"regel {i + 1}: {problem ?? $"{fields.Count} velden, de kopregel heeft er {header.Count}"}.");
                continue;
            }

            rows.Add(new CsvRow(i + 1, header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase)));
        }

        return (header, rows, errors);
    }

    public static string Line(IEnumerable<string?> fields, char delimiter = ';') =>
        string.Join(delimiter, fields.Select(f => Quote(f ?? string.Empty, delimiter)));

    private static string Quote(string field, char delimiter) =>
        field.IndexOfAny([delimiter, '"', '\n']) >= 0 || field != field.Trim() ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static List<string> Split(string line, char delimiter, out string? problem)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        problem = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            problem = "aanhalingsteken niet gesloten";
        }

        fields.Add(field.ToString());
        return fields;
    }
}
