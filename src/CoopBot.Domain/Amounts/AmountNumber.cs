using CoopBot.Domain.Common;

namespace CoopBot.Domain.Amounts;

/// <summary>
/// The Flemish number grammar of <see cref="AmountParser"/>: integer digits and decimal digits, separators checked.
/// A comma is the decimal separator; a dot or a space separates thousands in groups of three.
/// </summary>
internal readonly record struct AmountNumber(string Integer, string Fraction)
{
    public static Result<AmountNumber> Read(string text, bool inThousands)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1])
            || !text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' '))
        {
            return AmountRejections.Unreadable;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var lastDot = text.LastIndexOf('.');
        if (comma != text.LastIndexOf(',') || (comma >= 0 && lastDot > comma))
        {
            // "1,234.56" or "1,234,567": the English order of separators.
            return AmountRejections.UsNotation;
        }

        if (comma < 0 && lastDot >= 0 && text.Length - lastDot - 1 is 1 or 2)
        {
            // "85.50": a dot is a thousands separator only when exactly three digits follow it.
            var suggestion = text[..lastDot] + "," + text[(lastDot + 1)..] + (inThousands ? "k" : string.Empty);
            return AmountRejections.AmbiguousDot(suggestion);
        }

        var integer = comma < 0 ? text : text[..comma];
        var fraction = comma < 0 ? string.Empty : text[(comma + 1)..];
        return ReadFraction(integer, fraction, inThousands) is { } refused ? refused : ReadGroups(integer, fraction);
    }

    private static Rejection? ReadFraction(string integer, string fraction, bool inThousands)
    {
        if (!fraction.All(char.IsAsciiDigit))
        {
            return AmountRejections.Unreadable;
        }

        // With "k" three decimals still give whole euros (1,255k = € 1.255,00).
        var maxDecimals = inThousands ? 3 : 2;
        if (fraction.Length <= maxDecimals)
        {
            return null;
        }

        var looksLikeThousands = !inThousands && fraction.Length == 3 && integer.All(char.IsAsciiDigit);
        return AmountRejections.TooManyDecimals(looksLikeThousands ? integer + "." + fraction : null);
    }

    private static Result<AmountNumber> ReadGroups(string integer, string fraction)
    {
        var hasDot = integer.Contains('.', StringComparison.Ordinal);
        var hasSpace = integer.Contains(' ', StringComparison.Ordinal);
        if (hasDot && hasSpace)
        {
            return AmountRejections.MixedSeparators;
        }

        if (!hasDot && !hasSpace)
        {
            return Result<AmountNumber>.Success(new AmountNumber(integer, fraction));
        }

        var groups = integer.Split(hasDot ? '.' : ' ');
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
        {
            return AmountRejections.BadGrouping;
        }

        return Result<AmountNumber>.Success(new AmountNumber(string.Concat(groups), fraction));
    }
}
