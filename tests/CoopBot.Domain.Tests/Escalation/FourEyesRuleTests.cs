using CoopBot.Domain.Escalation;
using static CoopBot.Domain.Tests.Escalation.EscalationScenario;

namespace CoopBot.Domain.Tests.Escalation;

public class FourEyesRuleTests
{
    private const long DirectieAmount = 6_000_000L; // € 60.000: the directie confirms
    private const long CommitteeAmount = 12_000_000L; // € 120.000: financieel comité and voorzitter Cultuurconnect

    [Theory]
    [InlineData("an", "an", new string[0], true)] // started it
    [InlineData("an", "jeroen", new[] { "an" }, true)] // chairs the stuurgroep that took it
    [InlineData("AN", "an", new string[0], true)] // ids compare case-insensitively
    [InlineData("ilse", "an", new[] { "an" }, false)] // another directie member
    [InlineData("ilse", null, new string[0], false)]
    public void IsInvolved_StarterOrChair(string person, string? startedBy, string[] chairs, bool expected)
    {
        Assert.Equal(expected, FourEyesRule.IsInvolved(person, startedBy, chairs));
    }

    [Theory]
    [InlineData(DirectieAmount, ConfirmingBody.Directie, true, "escalatie.vier-ogen")]
    [InlineData(DirectieAmount, ConfirmingBody.Directie, false, null)]
    [InlineData(CommitteeAmount, ConfirmingBody.FinancieelComite, true, "escalatie.vier-ogen")]
    [InlineData(CommitteeAmount, ConfirmingBody.VoorzitterCultuurconnect, true, "escalatie.vier-ogen")]
    [InlineData(CommitteeAmount, ConfirmingBody.FinancieelComite, false, null)]
    public void Confirm_ByWhoStartedOrChaired_IsRefused(long cents, ConfirmingBody body, bool involved, string? expectedCode)
    {
        var actor = new EscalationActor("aad-actor", new HashSet<ConfirmingBody> { body }, involved);

        var result = EscalationMachine.Confirm(Approved(cents), body, actor, Start.AddDays(1));

        Assert.Equal(expectedCode, result.Rejection?.Code);
        Assert.Equal(expectedCode is null, result.IsSuccess);
    }

    [Fact]
    public void Confirm_Refused_ExplainsTheRuleInDutch()
    {
        var actor = new EscalationActor("aad-actor", new HashSet<ConfirmingBody> { ConfirmingBody.Directie }, StartedOrChairedDecision: true);

        var result = EscalationMachine.Confirm(Approved(DirectieAmount), ConfirmingBody.Directie, actor, Start);

        Assert.Equal(EscalationRejections.FourEyes(ConfirmingBody.Directie), result.Rejection);
        Assert.Contains("een ander lid van de directie", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuse_ByWhoStartedOrChaired_IsAllowed()
    {
        var actor = new EscalationActor("aad-actor", new HashSet<ConfirmingBody> { ConfirmingBody.Directie }, StartedOrChairedDecision: true);

        var result = EscalationMachine.Refuse(Approved(DirectieAmount), ConfirmingBody.Directie, actor, Start, "Past niet in de begroting.");

        Assert.True(result.IsSuccess);
    }
}
