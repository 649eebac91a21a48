using CoopBot.Domain.Escalation;
using static CoopBot.Domain.Tests.Escalation.EscalationScenario;

namespace CoopBot.Domain.Tests.Escalation;

public class EscalationNamesTests
{
    public static TheoryData<EscalationState, string> States => new()
    {
        { Draft(100), "Concept" },
        { Voting(100), "Stemming loopt" },
        { Approved(8_500_001), "Goedgekeurd door stuurgroep, wacht op bevestiging (financieel comité en voorzitter)" },
        { Approved(5_000_001), "Goedgekeurd door stuurgroep, wacht op bevestiging (directie)" },
        { Approved(20_900_001), "Goedgekeurd door stuurgroep, wacht op bevestiging (Raad van Bestuur)" },
        {
            Approved(8_500_001) with { Confirmed = new HashSet<ConfirmingBody> { ConfirmingBody.FinancieelComite } },
            "Goedgekeurd door stuurgroep, wacht op bevestiging (voorzitter)"
        },
        { Voting(100) with { Status = EscalationStatus.Definitief }, "Definitief" },
        {
            Approved(5_000_001) with { Status = EscalationStatus.Definitief, Confirmed = new HashSet<ConfirmingBody> { ConfirmingBody.Directie } },
            "Definitief, bevestigd door directie"
        },
        {
            Approved(5_000_001) with { Status = EscalationStatus.Geweigerd, RefusedBy = ConfirmingBody.Directie, RefusalReason = "Te duur." },
            "Geweigerd door directie: Te duur."
        },
        { Voting(100) with { Status = EscalationStatus.Verworpen }, "Verworpen door de stuurgroep" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Describe_State_ReturnsDutchText(EscalationState state, string expected)
    {
        Assert.Equal(expected, EscalationNames.Describe(state));
    }

    [Theory]
    [InlineData(EscalationTier.StuurgroepAlone, "De stuurgroep beslist zelf")]
    [InlineData(EscalationTier.Directie, "Bevestiging vooraf door de directie")]
    [InlineData(EscalationTier.FinancieelComiteEnVoorzitter, "Bevestiging vooraf door het financieel comité van de Raad van Bestuur en de voorzitter van Cultuurconnect")]
    [InlineData(EscalationTier.RaadVanBestuur, "Bevestiging vooraf door de Raad van Bestuur")]
    public void DisplayName_Tier_ReturnsDutchText(EscalationTier tier, string expected)
    {
        Assert.Equal(expected, EscalationNames.DisplayName(tier));
    }

    [Theory]
    [InlineData(CommitmentKind.FinancieleVerbintenis, "Financiële verbintenis")]
    [InlineData(CommitmentKind.Bestelling, "Bestelling")]
    public void DisplayName_Kind_ReturnsDutchText(CommitmentKind kind, string expected)
    {
        Assert.Equal(expected, EscalationNames.DisplayName(kind));
    }

    [Fact]
    public void BodyNotRequired_Message_NamesAmountAndRequiredBodies()
    {
        var message = EscalationRejections.BodyNotRequired(ConfirmingBody.Directie, Approved(8_500_001)).Message;

        Assert.Equal(
            "De directie hoeft dit voorstel niet te bevestigen: voor € 85.000,01 excl. btw bevestigt "
            + "het financieel comité van de Raad van Bestuur en de voorzitter van Cultuurconnect.",
            message);
    }
}
