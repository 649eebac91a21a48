using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class BallotRulesTests
{
    private static PollDefinition Poll(PollKind kind, PollSettings? settings = null) =>
        PollDefinition.Create(kind, "Vraag", null, ["A", "B", "C", "D"], settings ?? PollSettings.Default).Value!;

    [Theory]
    [InlineData(new string[0], "no-choice")]
    [InlineData(new[] { "o9" }, "unknown-option")]
    [InlineData(new[] { "o1", "o2" }, "one-choice-only")]
    [InlineData(new[] { "o1" }, null)]
    [InlineData(new[] { "o1", "o1" }, null)]
    public void Validate_SingleChoice(string[] ids, string? code)
    {
        var result = BallotRules.Validate(Poll(PollKinds.SingleChoice), ids, null);

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Theory]
    [InlineData(new[] { "o1" }, "too-few-choices")]
    [InlineData(new[] { "o1", "o2" }, null)]
    [InlineData(new[] { "o1", "o2", "o3" }, null)]
    [InlineData(new[] { "o1", "o2", "o3", "o4" }, "too-many-choices")]
    public void Validate_MultipleChoice_MinTwoMaxThree(string[] ids, string? code)
    {
        var poll = Poll(PollKinds.MultipleChoice, PollSettings.Default with { MinChoices = 2, MaxChoices = 3 });

        Assert.Equal(code, BallotRules.Validate(poll, ids, null).Rejection?.Code);
    }

    [Theory]
    [InlineData(ReasonMode.Off, "waarom", true, null)]
    [InlineData(ReasonMode.Optional, "", true, null)]
    [InlineData(ReasonMode.Optional, "omdat", true, "omdat")]
    [InlineData(ReasonMode.Required, " ", false, null)]
    [InlineData(ReasonMode.Required, "omdat", true, "omdat")]
    public void Validate_ReasonMode(ReasonMode mode, string reason, bool ok, string? stored)
    {
        var result = BallotRules.Validate(Poll(PollKinds.SingleChoice, PollSettings.Default with { ReasonMode = mode }), ["o1"], reason);

        Assert.Equal(ok, result.IsSuccess);
        Assert.Equal(stored, result.Value?.Reason);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Validate_ReasonLength_BoundaryAt500(int length, bool ok)
    {
        var poll = Poll(PollKinds.SingleChoice, PollSettings.Default with { ReasonMode = ReasonMode.Optional });

        Assert.Equal(ok, BallotRules.Validate(poll, ["o1"], new string('r', length)).IsSuccess);
    }
}
