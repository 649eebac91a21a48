using CoopBot.Domain.Escalation;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Escalation;

public class ConfirmationFollowUpTests
{
    private static readonly DateTimeOffset PendingSince = Time.At("2025-03-03T10:00:00+01:00");

    [Theory]
    [InlineData(0L, false)]
    [InlineData(9 * TimeSpan.TicksPerDay, false)]
    [InlineData(10 * TimeSpan.TicksPerDay - 1, false)]
    [InlineData(10 * TimeSpan.TicksPerDay, true)]
    [InlineData(30 * TimeSpan.TicksPerDay, true)]
    public void NeedsReminder_ElapsedTime_TrueFromTenDays(long elapsedTicks, bool expected)
    {
        Assert.Equal(expected, ConfirmationFollowUp.NeedsReminder(PendingSince, PendingSince.AddTicks(elapsedTicks), alreadyReminded: false));
    }

    [Fact]
    public void NeedsReminder_AlreadyReminded_False()
    {
        Assert.False(ConfirmationFollowUp.NeedsReminder(PendingSince, PendingSince.AddDays(20), alreadyReminded: true));
    }

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    public void NeedsReminder_CustomDays_UsesThem(int days, int elapsedDays, bool expected)
    {
        Assert.Equal(expected, ConfirmationFollowUp.NeedsReminder(PendingSince, PendingSince.AddDays(elapsedDays), false, days));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NeedsReminder_NonPositiveDays_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfirmationFollowUp.NeedsReminder(PendingSince, PendingSince, false, days));
    }
}
