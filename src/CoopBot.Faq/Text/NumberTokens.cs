using System.Globalization;

namespace CoopBot.Faq.Text;

/// <summary>
/// Canonical forms for amounts: "50.000", "50,000" and "50k" all become "50000", so a question with an
/// amount meets the thresholds in the knowledge base whichever way it was typed.
/// </summary>
internal static class NumberTokens
{
    /// <summary>The smallest amount that hints at a financial question (see <see cref="IsAmount"/>).</summary>
    public const long AmountHintMinimum = 1000;

    /// <summary>Returns the canonical form of a numeric token, or the token itself when it is not numeric.</summary>
    public static string Canonicalize(string token)
    {
        if (token.Length == 0 || !char.IsAsciiDigit(token[0]))
        {
            return token;
        }

        var multiplier = 1L;
        var digits = token.AsSpan();
        if (digits[^1] == 'k')
        {
            multiplier = 1000;
            digits = digits[..^1];
        }

        Span<char> buffer = stackalloc char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
            else if (c is not ('.' or ','))
            {
                return token;
            }
        }

        if (!IsGrouped(digits) || !long.TryParse(buffer[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return token;
        }

        return (value * multiplier).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="token"/> is a canonical amount of at least 1000.</summary>
    public static bool IsAmount(string token) =>
        token.Length >= 4 && token.All(char.IsAsciiDigit)
        && long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= AmountHintMinimum;

    /// <summary>Accepts "50000" and "50.000"/"50,000" (groups of three); rejects "3,5" and "1.2.3".</summary>
    private static bool IsGrouped(ReadOnlySpan<char> digits)
    {
        var separator = digits.IndexOfAny('.', ',');
        if (separator < 0)
        {
            return true;
        }

        if (separator is 0 or > 3)
        {
            return false;
        }

        for (var i = separator; i < digits.Length; i += 4)
        {
            if (digits[i] is not ('.' or ',') || i + 4 > digits.Length)
            {
                return false;
            }
        }

        return true;
    }
}
