using System.Collections.Frozen;

namespace CoopBot.Domain.Escalation;

/// <summary>Which bodies must confirm per tier (seed 002). Each tier needs only its own bodies, not those of lower tiers.</summary>
public static class EscalationPolicy
{
    private static readonly FrozenDictionary<EscalationTier, FrozenSet<ConfirmingBody>> Table =
        new Dictionary<EscalationTier, FrozenSet<ConfirmingBody>>
        {
            [EscalationTier.StuurgroepAlone] = FrozenSet<ConfirmingBody>.Empty,
            [EscalationTier.Directie] = new[] { ConfirmingBody.Directie }.ToFrozenSet(),
            [EscalationTier.FinancieelComiteEnVoorzitter] =
                new[] { ConfirmingBody.FinancieelComite, ConfirmingBody.VoorzitterCultuurconnect }.ToFrozenSet(),
            [EscalationTier.RaadVanBestuur] = new[] { ConfirmingBody.RaadVanBestuur }.ToFrozenSet(),
        }.ToFrozenDictionary();

    /// <summary>The bodies that must all confirm before a decision of this tier becomes final.</summary>
    public static IReadOnlySet<ConfirmingBody> RequiredConfirmations(EscalationTier tier) =>
        Table.TryGetValue(tier, out var bodies) ? bodies : throw new ArgumentOutOfRangeException(nameof(tier), tier, null);
}
