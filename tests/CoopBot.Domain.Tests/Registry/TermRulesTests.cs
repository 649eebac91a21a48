using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class TermRulesTests
{
    private static readonly Seat Seat = Member("an", Gent);

    [Theory]
    [InlineData(-1L, false)]
    [InlineData(0L, true)]
    [InlineData(1L, true)]
    public void IsActive_AroundTermStart_StartInclusive(long ticksFromStart, bool expected)
    {
        Assert.Equal(expected, TermRules.IsActive(Seat, Seat.TermStart.AddTicks(ticksFromStart)));
    }

    [Theory]
    [InlineData(-1L, true)]
    [InlineData(0L, false)]
    [InlineData(1L, false)]
    public void IsActive_AroundTermEnd_EndExclusive(long ticksFromEnd, bool expected)
    {
        Assert.Equal(expected, TermRules.IsActive(Seat, Seat.TermEnd.AddTicks(ticksFromEnd)));
    }

    [Theory]
    [InlineData(-61 * TimeSpan.TicksPerDay, false)]
    [InlineData(-60 * TimeSpan.TicksPerDay - 1, false)]
    [InlineData(-60 * TimeSpan.TicksPerDay, true)]
    [InlineData(-1 * TimeSpan.TicksPerDay, true)]
    [InlineData(-1L, true)]
    [InlineData(0L, false)]
    [InlineData(TimeSpan.TicksPerDay, false)]
    public void NeedsExpiryNotice_BeforeEnd_FromSixtyDaysUntilEnd(long ticksFromEnd, bool expected)
    {
        Assert.Equal(expected, TermRules.NeedsExpiryNotice(Seat, Seat.TermEnd.AddTicks(ticksFromEnd), alreadyNotified: false));
    }

    [Fact]
    public void NeedsExpiryNotice_AlreadyNotified_False()
    {
        Assert.False(TermRules.NeedsExpiryNotice(Seat, Seat.TermEnd.AddDays(-30), alreadyNotified: true));
    }

    [Fact]
    public void DefaultEnd_Start_IsTwoYearsLater()
    {
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 0, 0, 0, TimeSpan.FromHours(1)), TermRules.DefaultEnd(new DateTimeOffset(2025, 2, 28, 0, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void ExpiryNoticeAt_Seat_IsSixtyDaysBeforeTheEnd()
    {
        Assert.Equal(Seat.TermEnd.AddDays(-60), TermRules.ExpiryNoticeAt(Seat));
        Assert.True(TermRules.NeedsExpiryNotice(Seat, TermRules.ExpiryNoticeAt(Seat), alreadyNotified: false));
    }

    [Theory]
    [InlineData(-91 * TimeSpan.TicksPerDay, false)]
    [InlineData((-90 * TimeSpan.TicksPerDay) - 1, false)]
    [InlineData(-90 * TimeSpan.TicksPerDay, true)]
    [InlineData(-1L, true)]
    [InlineData(0L, false)]
    [InlineData(TimeSpan.TicksPerDay, false)]
    public void EndsSoon_NowRelativeToEnd_WithinNinetyDaysBeforeTheEnd(long ticksFromEnd, bool expected)
    {
        Assert.Equal(expected, TermRules.EndsSoon(Seat, Seat.TermEnd.AddTicks(ticksFromEnd)));
    }
}
