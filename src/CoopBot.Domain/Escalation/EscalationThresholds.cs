using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;

namespace CoopBot.Domain.Escalation;

/// <summary>
/// The threshold table as data. Seed 002: "&gt; 50.000 € EBTW" directie, "&gt; 85.000" financieel comité en voorzitter,
/// "&gt; 209.000" Raad van Bestuur. Values are configurable; <see cref="Default"/> holds the seed's and is the one source of
/// the amounts (the host's options default to it; appsettings.sample.json is checked against it).
/// </summary>
public sealed record EscalationThresholds
{
    private EscalationThresholds(Money directie, Money financeCommittee, Money board)
    {
        Directie = directie;
        FinancieelComiteEnVoorzitter = financeCommittee;
        RaadVanBestuur = board;
    }

    /// <summary>The seed 002 amounts: € 50.000, € 85.000 and € 209.000 excl. btw.</summary>
    public static EscalationThresholds Default { get; } =
        new(Money.FromEuros(50_000m), Money.FromEuros(85_000m), Money.FromEuros(209_000m));

    /// <summary>Above this amount the directie confirms.</summary>
    public Money Directie { get; }

    /// <summary>Above this amount the financieel comité and the voorzitter confirm.</summary>
    public Money FinancieelComiteEnVoorzitter { get; }

    /// <summary>Above this amount the Raad van Bestuur confirms.</summary>
    public Money RaadVanBestuur { get; }

    /// <summary>Validates configured thresholds: positive and strictly ascending.</summary>
    public static Result<EscalationThresholds> Create(Money directie, Money financeCommittee, Money board)
    {
        if (directie <= Money.Zero || financeCommittee <= directie || board <= financeCommittee)
        {
            return EscalationRejections.InvalidThresholds;
        }

        return Result<EscalationThresholds>.Success(new(directie, financeCommittee, board));
    }

    /// <summary>
    /// THE boundary rule: an amount goes to a tier only when strictly above its threshold,
    /// so € 50.000,00 stays with the stuurgroep and € 50.000,01 goes to the directie.
    /// </summary>
    public EscalationTier TierFor(Money amount)
    {
        if (amount < Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A commitment amount is never negative.");
        }

        return amount > RaadVanBestuur ? EscalationTier.RaadVanBestuur
            : amount > FinancieelComiteEnVoorzitter ? EscalationTier.FinancieelComiteEnVoorzitter
            : amount > Directie ? EscalationTier.Directie
            : EscalationTier.StuurgroepAlone;
    }
}
