using System.Globalization;

namespace CoopBot.Storage;

/// <summary>
/// Builds OData <c>$filter</c> strings safely, the Azure.Data.Tables way: every interpolated value becomes a typed
/// literal, so user input can never change the filter's structure. Never concatenate values into a filter yourself.
/// <example><c>TableFilter.Create($"PartitionKey eq {team} and Count ge {10L}")</c>
/// → <c>PartitionKey eq 'O''Brien' and Count ge 10L</c></example>
/// The service allows at most <see cref="TableLimits.MaxFilterComparisons"/> comparisons per filter; the
/// client does not parse filters to check that. There is no startswith: use a range (<c>ge 'a' and lt 'b'</c>).
/// </summary>
public static class TableFilter
{
    /// <summary>
    /// Formats <paramref name="filter"/> with its arguments as OData literals: string/char → <c>'…'</c> (quotes doubled),
    /// int → <c>1</c>, long → <c>1L</c>, double → <c>1.5</c>, bool → <c>true</c>, DateTimeOffset/UTC DateTime →
    /// <c>datetime'…Z'</c>, Guid → <c>guid'…'</c>, byte[] → <c>X'0a1b'</c>. Other types, null, NaN and
    /// non-UTC DateTime values throw <see cref="ArgumentException"/>.
    /// </summary>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(ToLiteral).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>The OData literal for one value, as used by <see cref="Create"/>.</summary>
    public static string ToLiteral(object? value) => value switch
    {
        null => throw new ArgumentException("Filter values cannot be null: Table storage has no null properties.", nameof(value)),
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => Double(d),
        DateTime { Kind: DateTimeKind.Utc } dt => DateTimeLiteral(new DateTimeOffset(dt)),
        DateTime => throw new ArgumentException("DateTime filter values must have Kind Utc.", nameof(value)),
        DateTimeOffset dto => DateTimeLiteral(dto),
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexStringLower(bytes)}'",
        Enum => throw new ArgumentException("Enums are stored as strings: pass value.ToString().", nameof(value)),
        _ => throw new ArgumentException($"Type {value.GetType().Name} has no Table filter literal.", nameof(value)),
    };

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string DateTimeLiteral(DateTimeOffset value) => $"datetime'{EdmTypes.FormatDateTime(value)}'";

    private static string Double(double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException("NaN and infinities cannot be used in a filter.", nameof(d));
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        // Keep the literal unmistakably a double (1.0, not 1, which parses as Int32).
        return text.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? text + ".0" : text;
    }
}
