using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

/// <summary>"Geen van deze" stands alone, and a bezwaar blocks a proposal.</summary>
public class BallotOptionRulesTests
{
    private static PollDefinition MultiWithNone(int min, int max) =>
        PollDefinition.Create(
            PollKinds.MultipleChoice, "Vraag", null, ["A", "B", "C"], PollSettings.Default with { MinChoices = min, MaxChoices = max, IncludeOptionalOption = true }).Value!;

    [Theory]
    [InlineData(new[] { "geen-van-deze" }, null)]
    [InlineData(new[] { "geen-van-deze", "o1" }, "none-combined")]
    [InlineData(new[] { "o1" }, "too-few-choices")]
    [InlineData(new[] { "o1", "o2" }, null)]
    [InlineData(new[] { "o1", "o2", "o3" }, "too-many-choices")]
    public void Validate_NoneOfThese_IsExclusiveAndSatisfiesTheMinimum(string[] ids, string? code)
    {
        Assert.Equal(code, BallotRules.Validate(MultiWithNone(2, 2), ids, null).Rejection?.Code);
    }

    [Theory]
    [InlineData(3, 0, 0, 0, DecisionOutcome.Passed)]
    [InlineData(3, 0, 0, 1, DecisionOutcome.Blocked)]
    [InlineData(0, 3, 0, 1, DecisionOutcome.Blocked)]
    [InlineData(1, 0, 0, 0, DecisionOutcome.NoQuorum)]
    [InlineData(1, 0, 0, 1, DecisionOutcome.Blocked)]
    public void Tally_Bezwaar_BlocksAProposalOnceQuorumIsMet(int voor, int tegen, int onthouding, int bezwaar, DecisionOutcome expected)
    {
        var poll = PollDefinition.Create(PollKinds.Proposal, "Voorstel", null, null, PollSettings.Default with { IncludeOptionalOption = true, QuorumPercent = 40 }).Value!;
        var ballots = Enumerable.Repeat<IReadOnlyList<string>>(["voor"], voor)
            .Concat(Enumerable.Repeat<IReadOnlyList<string>>(["tegen"], tegen))
            .Concat(Enumerable.Repeat<IReadOnlyList<string>>(["onthouding"], onthouding))
            .Concat(Enumerable.Repeat<IReadOnlyList<string>>(["bezwaar"], bezwaar));

        Assert.Equal(expected, Tally.Compute(poll, ballots, 5).Outcome);
    }

    [Fact]
    public void Validate_BezwaarWithoutTheSetting_IsUnknown()
    {
        var poll = PollDefinition.Create(PollKinds.Proposal, "Voorstel", null, null, PollSettings.Default).Value!;

        Assert.Equal("unknown-option", BallotRules.Validate(poll, ["bezwaar"], null).Rejection?.Code);
    }
}
