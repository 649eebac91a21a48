using CoopBot.Domain.Escalation;

namespace CoopBot.Domain.Tests.Escalation;

public class EscalationPolicyTests
{
    public static TheoryData<EscalationTier, ConfirmingBody[]> Bodies => new()
    {
        { EscalationTier.StuurgroepAlone, [] },
        { EscalationTier.Directie, [ConfirmingBody.Directie] },
        { EscalationTier.FinancieelComiteEnVoorzitter, [ConfirmingBody.FinancieelComite, ConfirmingBody.VoorzitterCultuurconnect] },
        { EscalationTier.RaadVanBestuur, [ConfirmingBody.RaadVanBestuur] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void RequiredConfirmations_Tier_ReturnsItsBodies(EscalationTier tier, ConfirmingBody[] expected)
    {
        Assert.Equal(expected.Order(), EscalationPolicy.RequiredConfirmations(tier).Order());
    }

    [Fact]
    public void RequiredConfirmations_UnknownTier_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationPolicy.RequiredConfirmations((EscalationTier)99));
    }
}
