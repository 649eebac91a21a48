using CoopBot.Domain.Decisions;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Decisions;

public class ReminderAndCommentRulesTests
{
    private static readonly DateTimeOffset Created = Time.At("2026-03-02T09:00:00+01:00");

    [Theory]
    [InlineData(72, 48)]
    [InlineData(25, 1)]
    [InlineData(24, null)]
    [InlineData(2, null)]
    public void AutomaticReminderAt_IsADayBeforeClosing_WhenTheDecisionLastsLonger(int hoursOpen, int? dueHoursAfterCreation)
    {
        var due = ReminderRules.AutomaticReminderAt(Created, Created.AddHours(hoursOpen));

        Assert.Equal(dueHoursAfterCreation is { } h ? Created.AddHours(h) : null, due);
    }

    [Theory]
    [InlineData(47.9, false, PollStatus.Open, false)]
    [InlineData(48, false, PollStatus.Open, true)]
    [InlineData(60, false, PollStatus.Open, true)]
    [InlineData(60, true, PollStatus.Open, false)]
    [InlineData(60, false, PollStatus.Closed, false)]
    [InlineData(72, false, PollStatus.Open, false)]
    public void ShouldSendAutomatic_OnlyOnceWhileOpenAndDue(double hoursAfterCreation, bool alreadySent, PollStatus status, bool expected)
    {
        var state = new PollState(status, Created.AddHours(72), status == PollStatus.Closed ? Created.AddHours(50) : null);
        var now = Created.AddHours(hoursAfterCreation);

        Assert.Equal(expected, ReminderRules.ShouldSendAutomatic(state, Created, alreadySent ? Created.AddHours(48) : null, now));
    }

    [Theory]
    [InlineData("", "comment-empty")]
    [InlineData("   \n ", "comment-empty")]
    [InlineData("**vet** <script>", null)]
    public void ValidateComment_EmptyIsRejected_MarkupIsKept(string text, string? code)
    {
        var result = CommentRules.ValidateComment(text);

        Assert.Equal(code, result.Rejection?.Code);
        Assert.Equal(code is null ? text : null, result.Value);
    }

    [Theory]
    [InlineData(1000, null)]
    [InlineData(1001, "comment-too-long")]
    public void ValidateComment_AtMost1000Characters(int length, string? code)
    {
        Assert.Equal(code, CommentRules.ValidateComment(new string('x', length)).Rejection?.Code);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1000, null)]
    [InlineData(1001, "statement-too-long")]
    public void ValidateOutcomeStatement_OptionalAtMost1000(int length, string? code)
    {
        var result = CommentRules.ValidateOutcomeStatement(new string('x', length));

        Assert.Equal(code, result.Rejection?.Code);
        Assert.Equal(length == 0, result.IsSuccess && result.Value is null);
    }
}
