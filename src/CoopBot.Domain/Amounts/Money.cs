using System.Globalization;

namespace CoopBot.Domain.Amounts;

/// <summary>
/// An amount in euro cents, always excluding VAT (seed 002: thresholds are "€ EBTW").
/// The namespace is <c>Amounts</c>, not <c>Money</c>: a namespace named like its main type makes
/// <c>Money</c> resolve to the namespace in every sibling namespace (CS0118).
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    // Fixed separators instead of CultureInfo("nl-BE"): the output must not depend on the ICU data of the host.
    private static readonly NumberFormatInfo DutchNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    private Money(long cents) => Cents = cents;

    /// <summary>The amount in euro cents.</summary>
    public long Cents { get; }

    /// <summary>The amount in euros, with two decimals.</summary>
    public decimal Euros => Cents / 100m;

    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary>Creates an amount from euro cents.</summary>
    public static Money FromCents(long cents) => new(cents);

    /// <summary>Creates an amount from euros; more than two decimals is a programmer error.</summary>
    public static Money FromEuros(decimal euros)
    {
        if (decimal.Round(euros, 2) != euros)
        {
            throw new ArgumentException($"An amount in euros has at most 2 decimals, got {euros.ToString(CultureInfo.InvariantCulture)}.", nameof(euros));
        }

        return new(checked((long)(euros * 100m)));
    }

    /// <summary>nl-BE notation, e.g. "€ 85.000,00".</summary>
    public override string ToString() => "€ " + Euros.ToString("#,##0.00", DutchNumbers);

    /// <summary>nl-BE notation with the VAT remark, e.g. "€ 85.000,00 excl. btw".</summary>
    public string ToStringExclVat() => ToString() + " excl. btw";

    /// <inheritdoc />
    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;

    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;

    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;

    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;
}
