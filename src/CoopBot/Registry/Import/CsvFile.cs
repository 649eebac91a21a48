using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoopBot.Registry.Import;

/// <summary>One data row of a CSV file with its 1-based line number, fields addressed by header name.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string Get(string column) => Fields.TryGetValue(column, out var value) ? value.Trim() : string.Empty;
}

/// <summary>
/// RFC 4180 CSV through CsvHelper: quoted fields may hold the delimiter, quotes and line breaks, so every exported file
/// imports again. The delimiter is ';' when the header has one (Excel in nl-BE writes ';'), else ','. Header names are
/// compared case-insensitively; a row's line number is the line where it starts.
/// </summary>
internal static class CsvFile
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, IReadOnlyList<string> Errors) Parse(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var firstLine = lines.FirstOrDefault(l => l.Trim().Length > 0);
        if (firstLine is null)
        {
            return ([], [], [RegistryTexts.EmptyFile]);
        }

        var lastLine = Array.FindLastIndex(lines, l => l.Trim().Length > 0) + 1;
        var configuration = Configuration(firstLine.Contains(';', StringComparison.Ordinal) ? ";" : ",");
        List<string>? header = null;
        var rows = new List<CsvRow>();
        var errors = new List<string>();
        // A quote that is never closed would swallow the rest of the file into one field: report it, then go on
        // from the next line, so every other row is still checked.
        for (int? from = 0; from is { } skipped;)
        {
            from = null;
            using var parser = new CsvParser(new StringReader(string.Join('\n', lines[skipped..])), configuration);
            while (parser.Read())
            {
                var raw = parser.RawRecord.TrimEnd('\r', '\n');
                var line = skipped + parser.RawRow - raw.Count(c => c == '\n');
                var fields = parser.Record ?? [];
                // An odd number of quotes in a record that runs to the end of the file: the quote was never closed
                // (a stray quote inside an unquoted field on an ordinary line is kept as text).
                if (raw.Count(c => c == '"') % 2 == 1 && (raw.Contains('\n', StringComparison.Ordinal) || line == lastLine))
                {
                    errors.Add(RegistryTexts.UnclosedQuote(line));
                    from = line;
                    break;
                }

                if (header is null)
                {
                    header = [.. fields.Select(h => h.Trim().ToLowerInvariant())];
                }
                else if (fields.Length != header.Count)
                {
                    errors.Add(RegistryTexts.FieldCount(line, fields.Length, header.Count));
                }
                else
                {
                    rows.Add(new CsvRow(line, header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase)));
                }
            }
        }

        return (header ?? [], rows, errors);
    }

    /// <summary>One record, quoted where needed (delimiter, quote, line break, surrounding spaces), without the line break.</summary>
    public static string Line(IEnumerable<string?> fields, char delimiter = ';')
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new CsvWriter(output, Configuration(delimiter.ToString())))
        {
            foreach (var field in fields)
            {
                writer.WriteField(field ?? string.Empty);
            }
        }

        return output.ToString();
    }

    private static CsvConfiguration Configuration(string delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter,
        HasHeaderRecord = false,
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.Trim,
        ShouldQuote = args => args.Field is { } f && (f.AsSpan().IndexOfAny(delimiter[0], '"', '\n') >= 0 || f.Contains('\r', StringComparison.Ordinal) || f != f.Trim()),
        BadDataFound = null,
        MissingFieldFound = null,
    };
}
