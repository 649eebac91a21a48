using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class PollLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-60, false)]
    [InlineData(0, false)]
    [InlineData(299, false)]
    [InlineData(300, true)]
    [InlineData(366 * 24 * 3600, true)]
    [InlineData(366 * 24 * 3600 + 1, false)]
    public void Open_ClosingTime_MustBeFiveMinutesToOneYearAhead(int secondsAhead, bool ok)
    {
        var result = PollLifecycle.Open(Now.AddSeconds(secondsAhead), Now);

        Assert.Equal(ok, result.IsSuccess);
    }

    [Fact]
    public void Close_OpenPoll_RecordsCloseTime()
    {
        var state = PollLifecycle.Open(Now.AddDays(1), Now).Value!;

        var closed = PollLifecycle.Close(state, Now.AddHours(1));

        Assert.Equal(PollStatus.Closed, closed.Value!.Status);
        Assert.Equal(Now.AddHours(1), closed.Value!.ClosedAt);
    }

    [Fact]
    public void Close_AfterDeadline_RecordsTheDeadline()
    {
        var state = PollLifecycle.Open(Now.AddDays(1), Now).Value!;

        var closed = PollLifecycle.Close(state, Now.AddDays(2));

        Assert.Equal(Now.AddDays(1), closed.Value!.ClosedAt);
    }

    [Fact]
    public void Close_Twice_IsRejected()
    {
        var closed = PollLifecycle.Close(PollLifecycle.Open(Now.AddDays(1), Now).Value!, Now).Value!;

        Assert.Equal("already-closed", PollLifecycle.Close(closed, Now).Rejection?.Code);
    }

    [Theory]
    [InlineData(0, "not-later")]
    [InlineData(-1, "not-later")]
    [InlineData(1, null)]
    public void Extend_NewClosingTime_MustBeLater(int hoursLater, string? code)
    {
        var state = PollLifecycle.Open(Now.AddDays(1), Now).Value!;

        var result = PollLifecycle.Extend(state, Now.AddDays(1).AddHours(hoursLater), Now);

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "anonymous-no-reopen")]
    public void Reopen_AnonymousPoll_IsRefused(bool anonymous, string? code)
    {
        var closed = PollLifecycle.Close(PollLifecycle.Open(Now.AddDays(1), Now).Value!, Now).Value!;

        var result = PollLifecycle.Reopen(closed, PollSettings.Default with { Anonymous = anonymous }, Now.AddDays(2), Now);

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void CanCastVote_AtTheDeadline_IsClosed(int secondsFromDeadline, bool accepted)
    {
        var state = PollLifecycle.Open(Now.AddDays(1), Now).Value!;

        var rejection = VotingRules.CanCastVote(state, Now.AddDays(1).AddSeconds(secondsFromDeadline));

        Assert.Equal(accepted, rejection is null);
    }
}
