using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class TallyTests
{
    private static TallyResult Proposal(int voor, int tegen, int onthouding, int eligible, PassRule rule = PassRule.SimpleMajority, int quorum = 0)
    {
        var poll = PollDefinition.Create(PollKinds.Proposal, "Voorstel", null, null, PollSettings.Default with { PassRule = rule, QuorumPercent = quorum }).Value!;
        var ballots = Enumerable.Repeat<IReadOnlyList<string>>(["voor"], voor)
            .Concat(Enumerable.Repeat<IReadOnlyList<string>>(["tegen"], tegen))
            .Concat(Enumerable.Repeat<IReadOnlyList<string>>(["onthouding"], onthouding));
        return Tally.Compute(poll, ballots, eligible);
    }

    [Theory]
    [InlineData(3, 2, 0, DecisionOutcome.Passed)]
    [InlineData(2, 2, 5, DecisionOutcome.Rejected)]
    [InlineData(1, 0, 8, DecisionOutcome.Passed)]
    [InlineData(0, 0, 3, DecisionOutcome.Rejected)]
    public void SimpleMajority_AbstentionsDoNotCount(int voor, int tegen, int onthouding, DecisionOutcome expected)
    {
        Assert.Equal(expected, Proposal(voor, tegen, onthouding, 10).Outcome);
    }

    [Theory]
    [InlineData(2, 1, DecisionOutcome.Passed)]
    [InlineData(3, 2, DecisionOutcome.Rejected)]
    [InlineData(4, 2, DecisionOutcome.Passed)]
    [InlineData(0, 0, DecisionOutcome.Rejected)]
    public void TwoThirds_OfCastVotes(int voor, int tegen, DecisionOutcome expected)
    {
        Assert.Equal(expected, Proposal(voor, tegen, 0, 10, PassRule.TwoThirdsMajority).Outcome);
    }

    [Theory]
    [InlineData(5, DecisionOutcome.Rejected)]
    [InlineData(6, DecisionOutcome.Passed)]
    public void MajorityOfEligible_NeedsMoreThanHalfOfAll(int voor, DecisionOutcome expected)
    {
        Assert.Equal(expected, Proposal(voor, 0, 0, 10, PassRule.MajorityOfEligible).Outcome);
    }

    [Theory]
    [InlineData(50, 4, 10, false)]
    [InlineData(50, 5, 10, true)]
    [InlineData(34, 1, 3, false)]
    [InlineData(33, 1, 3, true)]
    [InlineData(100, 3, 3, true)]
    [InlineData(0, 0, 0, true)]
    [InlineData(10, 0, 0, false)]
    public void Quorum_IsParticipationOfEligible(int quorum, int voters, int eligible, bool met)
    {
        Assert.Equal(met, Tally.IsQuorumMet(quorum, voters, eligible));
    }

    [Fact]
    public void Compute_NoQuorum_OverridesMajority()
    {
        Assert.Equal(DecisionOutcome.NoQuorum, Proposal(3, 0, 0, 10, quorum: 50).Outcome);
    }

    [Fact]
    public void Compute_Poll_CountsEachOptionAndKeepsTies()
    {
        var poll = PollDefinition.Create(PollKinds.SingleChoice, "Vraag", null, ["A", "B", "C"], PollSettings.Default).Value!;

        var result = Tally.Compute(poll, [["o1"], ["o2"], ["o1"], ["o2"], ["zz"]], 6);

        Assert.Equal(2, result.CountFor("o1"));
        Assert.Equal(0, result.CountFor("o3"));
        Assert.Equal(5, result.Voters);
        Assert.Equal(83, result.ParticipationPercent);
        Assert.Equal(["o1", "o2"], result.Leaders);
        Assert.Equal(DecisionOutcome.NotApplicable, result.Outcome);
    }
}
