using System.Globalization;
using System.Text;

namespace CoopBot.Faq.Text;

/// <summary>
/// Normalises Dutch (and English) text for retrieval: lower case, diacritics folded (coöperatief → cooperatief),
/// punctuation replaced by spaces, numbers kept with their group separators (50.000, 85k), single spaces.
/// </summary>
public static class DutchNormalizer
{
    private static readonly string?[] Folded = BuildFoldTable();

    /// <summary>Normalises <paramref name="text"/>; see the type remarks for the rules.</summary>
    /// <param name="text">Free text as a user types it.</param>
    /// <returns>Lower-case ASCII-folded words and numbers separated by single spaces.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(sb, c);
            }
            else if (c == '€')
            {
                AppendSeparated(sb, "euro");
            }
            else if ((c is '.' or ',') && IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1))
            {
                sb.Append(c); // 50.000, 3,5: a separator inside a number is part of it
            }
            else if ((c is '-' or '&') && IsSingleLetterBefore(text, i) && IsLetterAt(text, i + 1))
            {
                // e-boeken → eboeken, R&D → rd: a one-letter prefix belongs to the word after it.
            }
            else
            {
                AppendSpace(sb);
            }
        }

        return sb.ToString().Trim();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        var lower = char.ToLowerInvariant(c);
        var folded = lower < Folded.Length ? Folded[lower] : null;
        if (folded is not null)
        {
            sb.Append(folded);
        }
        else
        {
            sb.Append(lower);
        }
    }

    private static void AppendSeparated(StringBuilder sb, string word)
    {
        AppendSpace(sb);
        sb.Append(word).Append(' ');
    }

    private static void AppendSpace(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }
    }

    private static bool IsDigitAt(string text, int index) =>
        index >= 0 && index < text.Length && char.IsAsciiDigit(text[index]);

    private static bool IsLetterAt(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetter(text[index]);

    private static bool IsSingleLetterBefore(string text, int index) =>
        IsLetterAt(text, index - 1) && (index < 2 || char.IsWhiteSpace(text[index - 2]) || text[index - 2] is '(' or '"' or '\'');

    /// <summary>Maps Latin-1 and Latin Extended-A letters to their unaccented form, once at start-up.</summary>
    private static string?[] BuildFoldTable()
    {
        var table = new string?[0x0250];
        for (var c = (char)0x00C0; c < table.Length; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChars = new StringBuilder();
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    baseChars.Append(char.ToLowerInvariant(d));
                }
            }

            if (baseChars.Length > 0 && baseChars[0] != c)
            {
                table[c] = baseChars.ToString();
            }
        }

        table['ß'] = "ss";
        table['æ'] = "ae";
        table['œ'] = "oe";
        table['ø'] = "o";
        table['ĳ'] = "ij";
        table['ł'] = "l";
        table['đ'] = "d";
        return table;
    }
}
