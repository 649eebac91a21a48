using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;
using static CoopBot.Domain.Tests.Escalation.EscalationScenario;

namespace CoopBot.Domain.Tests.Escalation;

public class EscalationMachineTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    public void Draft_AmountNotPositive_Rejects(long cents)
    {
        var result = EscalationState.Draft("p", CommitmentKind.FinancieleVerbintenis, Money.FromCents(cents), EscalationThresholds.Default);

        Assert.Equal("escalatie.bedrag-ongeldig", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(5_000_000L, EscalationTier.StuurgroepAlone)]
    [InlineData(5_000_001L, EscalationTier.Directie)]
    public void Draft_Amount_StartsAsConceptWithTier(long cents, EscalationTier tier)
    {
        var state = Draft(cents);

        Assert.Equal((EscalationStatus.Concept, tier), (state.Status, state.Tier));
        Assert.Empty(state.Confirmed);
    }

    [Fact]
    public void OpenVote_Concept_MovesToStemmingWithAuditRecord()
    {
        var step = EscalationMachine.OpenVote(Draft(100), "chair", Start).Value!;

        Assert.Equal(EscalationStatus.Stemming, step.State.Status);
        Assert.Equal(new EscalationTransition("voorstel-1", EscalationStatus.Concept, EscalationStatus.Stemming, "chair", Start, null, null), step.Transition);
    }

    [Theory]
    [InlineData(EscalationStatus.Stemming)]
    [InlineData(EscalationStatus.GoedgekeurdWachtOpBevestiging)]
    [InlineData(EscalationStatus.Definitief)]
    [InlineData(EscalationStatus.Geweigerd)]
    [InlineData(EscalationStatus.Verworpen)]
    public void OpenVote_NotConcept_Rejects(EscalationStatus status)
    {
        var result = EscalationMachine.OpenVote(Draft(100) with { Status = status }, "chair", Start);

        Assert.Equal("escalatie.ongeldige-overgang", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(EscalationStatus.Concept, true)]
    [InlineData(EscalationStatus.Stemming, true)]
    [InlineData(EscalationStatus.Verworpen, true)]
    [InlineData(EscalationStatus.GoedgekeurdWachtOpBevestiging, false)]
    [InlineData(EscalationStatus.Definitief, false)]
    [InlineData(EscalationStatus.Geweigerd, false)]
    public void CanReopenVote_OnlyBeforeApproval(EscalationStatus status, bool allowed)
    {
        var refused = EscalationMachine.CanReopenVote(Voting(20_900_001L) with { Status = status });

        Assert.Equal(allowed, refused is null);
        Assert.Equal(allowed ? null : "escalatie.ongeldige-overgang", refused?.Code);
    }

    [Theory]
    [InlineData(EscalationStatus.Verworpen, EscalationStatus.Stemming)]
    [InlineData(EscalationStatus.Concept, null)]
    [InlineData(EscalationStatus.Stemming, null)]
    [InlineData(EscalationStatus.GoedgekeurdWachtOpBevestiging, null)]
    [InlineData(EscalationStatus.Definitief, null)]
    [InlineData(EscalationStatus.Geweigerd, null)]
    public void ReopenVote_OnlyARejectedVoteGoesBackToStemming(EscalationStatus status, EscalationStatus? expected)
    {
        var result = EscalationMachine.ReopenVote(Voting(20_900_001L) with { Status = status, PendingSince = Start }, "chair", Start.AddDays(2));

        Assert.Equal(expected, result.Value?.State.Status);
        if (expected is null)
        {
            Assert.Equal("escalatie.ongeldige-overgang", result.Rejection?.Code);
            Assert.StartsWith("Het voorstel heropenen kan nu niet", result.Rejection!.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(result.Value!.State.PendingSince);
            Assert.Equal((EscalationStatus.Verworpen, EscalationStatus.Stemming), (result.Value.Transition.From, result.Value.Transition.To));
        }
    }

    [Theory]
    [InlineData(5_000_000L, true, EscalationStatus.Definitief)]
    [InlineData(5_000_001L, true, EscalationStatus.GoedgekeurdWachtOpBevestiging)]
    [InlineData(8_500_001L, true, EscalationStatus.GoedgekeurdWachtOpBevestiging)]
    [InlineData(20_900_001L, true, EscalationStatus.GoedgekeurdWachtOpBevestiging)]
    [InlineData(5_000_000L, false, EscalationStatus.Verworpen)]
    [InlineData(20_900_001L, false, EscalationStatus.Verworpen)]
    public void RecordVote_Outcome_MovesToNextStatus(long cents, bool approved, EscalationStatus expected)
    {
        var step = EscalationMachine.RecordVote(Voting(cents), approved, "system", Start.AddDays(1)).Value!;

        Assert.Equal(expected, step.State.Status);
        Assert.Equal((EscalationStatus.Stemming, expected), (step.Transition.From, step.Transition.To));
    }

    [Theory]
    [InlineData(5_000_000L, false)]
    [InlineData(5_000_001L, true)]
    public void RecordVote_Approved_SetsPendingSinceOnlyWhenConfirmationNeeded(long cents, bool pending)
    {
        var at = Start.AddDays(1);

        var state = EscalationMachine.RecordVote(Voting(cents), true, "system", at).Value!.State;

        Assert.Equal(pending ? at : null, state.PendingSince);
    }

    [Theory]
    [InlineData(EscalationStatus.Concept)]
    [InlineData(EscalationStatus.GoedgekeurdWachtOpBevestiging)]
    [InlineData(EscalationStatus.Definitief)]
    [InlineData(EscalationStatus.Verworpen)]
    public void RecordVote_NotVoting_Rejects(EscalationStatus status)
    {
        var result = EscalationMachine.RecordVote(Draft(100) with { Status = status }, true, "system", Start);

        Assert.Equal("escalatie.ongeldige-overgang", result.Rejection?.Code);
    }

    [Fact]
    public void OpenVote_BlankActor_Throws()
    {
        Assert.Throws<ArgumentException>(() => EscalationMachine.OpenVote(Draft(100), " ", Start));
    }
}
