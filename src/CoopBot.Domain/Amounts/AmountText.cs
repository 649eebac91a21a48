using CoopBot.Domain.Common;

namespace CoopBot.Domain.Amounts;

/// <summary>The number part of a typed amount, after currency, VAT remark and a "k" suffix were taken off.</summary>
internal readonly record struct AmountText(string Number, bool InThousands)
{
    private static readonly string[] Prefixes = ["€", "euro", "eur"];

    // Longest first, so "euro" is not read as "eur" + "o"; ",-" is the Flemish "whole euros" notation (€ 85,-).
    private static readonly string[] Suffixes = ["exclusief btw", "excl. btw", "excl.btw", "excl btw", "ebtw", "€", "euro", "eur", ",--", ",-"];

    private static readonly char[] Minus = ['-', '−', '–'];

    public static Result<AmountText> Read(string input)
    {
        var text = Normalise(input);
        if (text.Contains("incl", StringComparison.OrdinalIgnoreCase))
        {
            return AmountRejections.InclVat;
        }

        text = StripAffixes(text);
        if (text.Length > 0 && Minus.Contains(text[0]))
        {
            return AmountRejections.Negative;
        }

        var inThousands = text.EndsWith('k') || text.EndsWith('K');
        return Result<AmountText>.Success(new AmountText(inThousands ? text[..^1].TrimEnd() : text, inThousands));
    }

    // Teams and copy-paste bring non-breaking and thin spaces; treat every space alike and collapse runs.
    private static string Normalise(string input)
    {
        var spaced = new string(input.Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());
        return string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string StripAffixes(string text)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var prefix in Prefixes.Where(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Take(1))
            {
                text = text[prefix.Length..].TrimStart();
                changed = true;
            }

            foreach (var suffix in Suffixes.Where(s => text.EndsWith(s, StringComparison.OrdinalIgnoreCase)).Take(1))
            {
                text = text[..^suffix.Length].TrimEnd();
                changed = true;
            }
        }
        while (changed);

        return text;
    }
}
