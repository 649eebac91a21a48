using System.Globalization;
using System.Text;

namespace CoopBot.Cards;

/// <summary>
/// Helpers to show user-supplied text (titles, comments, names) literally in fields where Teams interprets markdown:
/// <see cref="TextBlock.Text"/> and <see cref="Fact"/> titles and values. Runs, inputs, choices and button titles are
/// plain text already and must not be escaped (the backslashes would show).
/// </summary>
public static class CardText
{
    /// <summary>The ellipsis <see cref="Truncate"/> appends.</summary>
    public const string Ellipsis = "…";

    // CommonMark treats a backslash before any ASCII punctuation as an escape, so escaping a character that is not
    // special in context is harmless. Escaping every occurrence (not only line starts) also neutralises list and
    // heading markers ("- ", "1. ", "# ", "> "), setext underlines ("==="), emphasis, links, entities ("&amp;") and
    // inline HTML such as <b> or <at> (the "<" becomes text).
    private const string Escaped = "\\`*_{}[]()#+-.!|~<>&=";

    /// <summary>Escapes <paramref name="text"/> so Teams shows it literally instead of rendering markdown or HTML.</summary>
    /// <remarks>Line breaks are kept; <c>\r\n</c> and <c>\r</c> become <c>\n</c>.</remarks>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                continue;
            }

            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="maxLength"/> characters, then escapes it (see <see cref="Literal(string)"/>).</summary>
    public static string Literal(string text, int maxLength) => Literal(Truncate(text, maxLength));

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters including a trailing
    /// <see cref="Ellipsis"/>, never splitting a surrogate pair or a combined character (emoji, accents).
    /// Trailing whitespace before the ellipsis is dropped. Apply it before <see cref="Literal(string)"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var budget = maxLength - Ellipsis.Length;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + ((string)elements.Current).Length;
            if (next > budget)
            {
                break;
            }

            end = next;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), Ellipsis);
    }
}
