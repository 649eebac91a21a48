namespace CoopBot.Faq.Evaluation;

/// <summary>Parses evaluation TSV: a <c>question&lt;TAB&gt;expected</c> header, then one question per line.</summary>
public static class EvalSet
{
    /// <summary>The required header line.</summary>
    public const string Header = "question\texpected";

    /// <summary>The <c>expected</c> value of an out-of-scope question.</summary>
    public const string None = "none";

    /// <summary>Parses TSV text; <c>expected</c> is a comma-separated id list or <c>none</c>.</summary>
    /// <param name="tsv">The file contents.</param>
    /// <exception cref="InvalidDataException">The header or a line is malformed (the message names the line).</exception>
    public static IReadOnlyList<EvalCase> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var lines = tsv.TrimStart('\uFEFF').Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
        {
            throw new InvalidDataException($"Regel 1 moet de kop \"question<TAB>expected\" zijn.");
        }

        var cases = new List<EvalCase>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"Regel {i + 1} heeft niet precies een vraag en een verwachting, gescheiden door een tab.");
            }

            cases.Add(new EvalCase(columns[0].Trim(), ParseExpected(columns[1])));
        }

        return cases;
    }

    private static string[] ParseExpected(string column)
    {
        var value = column.Trim();
        return string.Equals(value, None, StringComparison.OrdinalIgnoreCase)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
