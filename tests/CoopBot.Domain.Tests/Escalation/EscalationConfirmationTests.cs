using CoopBot.Domain.Escalation;
using static CoopBot.Domain.Tests.Escalation.EscalationScenario;

namespace CoopBot.Domain.Tests.Escalation;

public class EscalationConfirmationTests
{
    private const long DirectieAmount = 5_000_001L;
    private const long CommitteeAmount = 8_500_001L;
    private const long BoardAmount = 20_900_001L;

    [Theory]
    [InlineData(DirectieAmount, ConfirmingBody.Directie)]
    [InlineData(BoardAmount, ConfirmingBody.RaadVanBestuur)]
    public void Confirm_SingleRequiredBody_MakesDefinitief(long cents, ConfirmingBody body)
    {
        var step = EscalationMachine.Confirm(Approved(cents), body, MemberOf(body), Start.AddDays(8)).Value!;

        Assert.Equal(EscalationStatus.Definitief, step.State.Status);
        Assert.Equal(
            new EscalationTransition("voorstel-1", EscalationStatus.GoedgekeurdWachtOpBevestiging, EscalationStatus.Definitief, "aad-actor", Start.AddDays(8), body, null),
            step.Transition);
    }

    [Theory]
    [InlineData(ConfirmingBody.FinancieelComite, ConfirmingBody.VoorzitterCultuurconnect)]
    [InlineData(ConfirmingBody.VoorzitterCultuurconnect, ConfirmingBody.FinancieelComite)]
    public void Confirm_CommitteeAndChair_DefinitiefOnlyAfterBoth(ConfirmingBody first, ConfirmingBody second)
    {
        var afterFirst = EscalationMachine.Confirm(Approved(CommitteeAmount), first, MemberOf(first), Start.AddDays(8)).Value!;
        var afterSecond = EscalationMachine.Confirm(afterFirst.State, second, MemberOf(second), Start.AddDays(9)).Value!;

        Assert.Equal(EscalationStatus.GoedgekeurdWachtOpBevestiging, afterFirst.State.Status);
        Assert.Equal([second], afterFirst.State.Pending);
        Assert.Equal(EscalationStatus.Definitief, afterSecond.State.Status);
        Assert.Empty(afterSecond.State.Pending);
    }

    [Fact]
    public void Confirm_SameBodyTwice_RejectsAlreadyConfirmed()
    {
        var once = EscalationMachine.Confirm(Approved(CommitteeAmount), ConfirmingBody.FinancieelComite, MemberOf(ConfirmingBody.FinancieelComite), Start).Value!;

        var twice = EscalationMachine.Confirm(once.State, ConfirmingBody.FinancieelComite, MemberOf(ConfirmingBody.FinancieelComite), Start);

        Assert.Equal("escalatie.al-bevestigd", twice.Rejection?.Code);
        Assert.Contains("al bevestigd", twice.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DirectieAmount, ConfirmingBody.FinancieelComite)]
    [InlineData(DirectieAmount, ConfirmingBody.RaadVanBestuur)]
    [InlineData(CommitteeAmount, ConfirmingBody.Directie)]
    [InlineData(CommitteeAmount, ConfirmingBody.RaadVanBestuur)]
    [InlineData(BoardAmount, ConfirmingBody.Directie)]
    [InlineData(BoardAmount, ConfirmingBody.FinancieelComite)]
    public void Confirm_BodyNotRequiredForTier_Rejects(long cents, ConfirmingBody body)
    {
        var result = EscalationMachine.Confirm(Approved(cents), body, MemberOf(body), Start);

        Assert.Equal("escalatie.orgaan-niet-gevraagd", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(new ConfirmingBody[0])]
    [InlineData(new[] { ConfirmingBody.FinancieelComite })]
    [InlineData(new[] { ConfirmingBody.RaadVanBestuur })]
    public void Confirm_ActorNotMemberOfBody_Rejects(ConfirmingBody[] actorBodies)
    {
        var result = EscalationMachine.Confirm(Approved(DirectieAmount), ConfirmingBody.Directie, MemberOf(actorBodies), Start);

        Assert.Equal("escalatie.geen-lid", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(EscalationStatus.Concept)]
    [InlineData(EscalationStatus.Stemming)]
    [InlineData(EscalationStatus.Definitief)]
    [InlineData(EscalationStatus.Geweigerd)]
    [InlineData(EscalationStatus.Verworpen)]
    public void ConfirmAndRefuse_NotWaiting_Reject(EscalationStatus status)
    {
        var state = Approved(DirectieAmount) with { Status = status };
        var actor = MemberOf(ConfirmingBody.Directie);

        Assert.Equal("escalatie.ongeldige-overgang", EscalationMachine.Confirm(state, ConfirmingBody.Directie, actor, Start).Rejection?.Code);
        Assert.Equal("escalatie.ongeldige-overgang", EscalationMachine.Refuse(state, ConfirmingBody.Directie, actor, Start, "nee").Rejection?.Code);
    }

    [Theory]
    [InlineData(ConfirmingBody.FinancieelComite)]
    [InlineData(ConfirmingBody.VoorzitterCultuurconnect)]
    public void Refuse_AnyRequiredBody_MakesGeweigerdWithReason(ConfirmingBody body)
    {
        var step = EscalationMachine.Refuse(Approved(CommitteeAmount), body, MemberOf(body), Start, "  Offerte te duur.  ").Value!;

        Assert.Equal((EscalationStatus.Geweigerd, body, "Offerte te duur."), (step.State.Status, step.State.RefusedBy, step.State.RefusalReason));
        Assert.Equal("Offerte te duur.", step.Transition.Reason);
    }

    [Fact]
    public void Refuse_AfterOtherBodyConfirmed_StillGeweigerd()
    {
        var confirmed = EscalationMachine.Confirm(Approved(CommitteeAmount), ConfirmingBody.FinancieelComite, MemberOf(ConfirmingBody.FinancieelComite), Start).Value!.State;

        var refused = EscalationMachine.Refuse(confirmed, ConfirmingBody.VoorzitterCultuurconnect, MemberOf(ConfirmingBody.VoorzitterCultuurconnect), Start, "Geen budget.");

        Assert.Equal(EscalationStatus.Geweigerd, refused.Value!.State.Status);
    }

    [Fact]
    public void Refuse_BodyThatAlreadyConfirmed_Rejects()
    {
        var confirmed = EscalationMachine.Confirm(Approved(CommitteeAmount), ConfirmingBody.FinancieelComite, MemberOf(ConfirmingBody.FinancieelComite), Start).Value!.State;

        var result = EscalationMachine.Refuse(confirmed, ConfirmingBody.FinancieelComite, MemberOf(ConfirmingBody.FinancieelComite), Start, "Toch niet.");

        Assert.Equal("escalatie.al-bevestigd", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuse_NoReason_Rejects(string? reason)
    {
        var result = EscalationMachine.Refuse(Approved(DirectieAmount), ConfirmingBody.Directie, MemberOf(ConfirmingBody.Directie), Start, reason);

        Assert.Equal("escalatie.reden-verplicht", result.Rejection?.Code);
    }

    [Fact]
    public void Refuse_NotAMember_Rejects()
    {
        var result = EscalationMachine.Refuse(Approved(DirectieAmount), ConfirmingBody.Directie, MemberOf(ConfirmingBody.RaadVanBestuur), Start, "Nee.");

        Assert.Equal("escalatie.geen-lid", result.Rejection?.Code);
    }
}
