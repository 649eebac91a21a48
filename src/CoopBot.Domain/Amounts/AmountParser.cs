using System.Globalization;
using CoopBot.Domain.Common;

namespace CoopBot.Domain.Amounts;

/// <summary>
/// Reads an amount for a financial commitment as Flemish users type it (excl. VAT).
/// Accepted: "85000", "85.000", "85.000,50", "€ 85 000", "€85.000", "85.000 EUR", "85k", "1,5k", "85000,5", "€ 85,-".
/// Rules, in order:
/// <list type="bullet">
/// <item>"incl. btw" is refused: thresholds are excl. VAT (seed 002 "€ EBTW").</item>
/// <item>A comma is the decimal separator, at most 2 decimals (3 before a "k": whole euros).</item>
/// <item>A dot or a space separates thousands in groups of three; mixing both is refused.</item>
/// <item>A dot followed by only 1 or 2 digits ("85.50") is ambiguous and refused with the comma suggestion.</item>
/// <item>A dot after a comma, or several commas ("1,234.56"), is English notation and refused.</item>
/// <item>Negative, zero (nothing to decide) and over <see cref="MaxAmount"/> are refused.</item>
/// </list>
/// </summary>
public static class AmountParser
{
    /// <summary>The largest amount accepted: € 1.000.000.000,00; anything above is almost surely a typo.</summary>
    public static Money MaxAmount { get; } = Money.FromEuros(1_000_000_000m);

    /// <summary>Parses the typed text, or says in Dutch why it cannot.</summary>
    public static Result<Money> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return AmountRejections.Empty;
        }

        var text = AmountText.Read(input);
        if (text.Rejection is { } refusedText)
        {
            return refusedText;
        }

        var number = AmountNumber.Read(text.Value.Number, text.Value.InThousands);
        if (number.Rejection is { } refusedNumber)
        {
            return refusedNumber;
        }

        return ToMoney(number.Value, text.Value.InThousands);
    }

    private static Result<Money> ToMoney(AmountNumber number, bool inThousands)
    {
        // Thirteen significant integer digits is already over the maximum; this also keeps decimal from overflowing.
        if (number.Integer.TrimStart('0').Length > 13)
        {
            return AmountRejections.TooLarge(MaxAmount);
        }

        var text = number.Fraction.Length == 0 ? number.Integer : number.Integer + "." + number.Fraction;
        var euros = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * (inThousands ? 1000m : 1m);
        if (euros == 0m)
        {
            return AmountRejections.Zero;
        }

        return euros > MaxAmount.Euros ? AmountRejections.TooLarge(MaxAmount) : Result<Money>.Success(Money.FromEuros(euros));
    }
}
