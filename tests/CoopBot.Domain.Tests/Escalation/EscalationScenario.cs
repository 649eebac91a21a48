using CoopBot.Domain.Amounts;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Escalation;

/// <summary>Builds escalation states at a given point of the flow.</summary>
internal static class EscalationScenario
{
    public static readonly DateTimeOffset Start = Time.At("2025-03-03T10:00:00+01:00");

    public static EscalationState Draft(long cents) =>
        EscalationState.Draft("voorstel-1", CommitmentKind.Bestelling, Money.FromCents(cents), EscalationThresholds.Default).Value!;

    public static EscalationState Voting(long cents) => EscalationMachine.OpenVote(Draft(cents), "chair", Start).Value!.State;

    public static EscalationState Approved(long cents) =>
        EscalationMachine.RecordVote(Voting(cents), approved: true, "system", Start.AddDays(7)).Value!.State;

    public static EscalationActor MemberOf(params ConfirmingBody[] bodies) => new("aad-actor", bodies.ToHashSet());
}
