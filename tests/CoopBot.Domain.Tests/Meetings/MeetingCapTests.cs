using CoopBot.Domain.Meetings;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Meetings;

public class MeetingCapTests
{
    private const string Group = "beleven";

    private static Meeting At(string id, string iso, MeetingStatus status = MeetingStatus.Gepland, string group = Group) =>
        new(id, group, Time.At(iso), status);

    private static Meeting[] ThisYear(params MeetingStatus[] statuses) =>
        statuses.Select((s, i) => At($"m{i}", $"2025-0{i + 2}-10T14:00:00+01:00", s)).ToArray();

    [Theory]
    [InlineData(new MeetingStatus[0], true)]
    [InlineData(new[] { MeetingStatus.Gepland }, true)]
    [InlineData(new[] { MeetingStatus.Gehouden, MeetingStatus.Gepland }, true)]
    [InlineData(new[] { MeetingStatus.Gehouden, MeetingStatus.Gehouden, MeetingStatus.Gepland }, false)]
    [InlineData(new[] { MeetingStatus.Gehouden, MeetingStatus.Gehouden, MeetingStatus.Geannuleerd }, true)]
    [InlineData(new[] { MeetingStatus.Geannuleerd, MeetingStatus.Geannuleerd, MeetingStatus.Geannuleerd, MeetingStatus.Gepland }, true)]
    public void CanSchedule_ExistingThisYear_AtMostThreeNotCancelled(MeetingStatus[] existing, bool allowed)
    {
        var result = MeetingCap.CanSchedule(At("new", "2025-11-20T14:00:00+01:00"), ThisYear(existing), Time.Brussels);

        Assert.Equal(allowed, result.IsSuccess);
    }

    [Fact]
    public void CanSchedule_FourthMeeting_QuotesSeedRule()
    {
        var full = ThisYear(MeetingStatus.Gepland, MeetingStatus.Gepland, MeetingStatus.Gepland);

        var rejection = MeetingCap.CanSchedule(At("new", "2025-11-20T14:00:00+01:00"), full, Time.Brussels).Rejection!;

        Assert.Equal("vergadering.max-per-jaar", rejection.Code);
        Assert.StartsWith("De stuurgroep komt 1 à 3 keer per jaar samen.", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("In 2025 zijn er al 3", rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-31T22:59:59+00:00", false)]
    [InlineData("2025-12-31T23:00:00+00:00", true)]
    [InlineData("2026-01-01T00:30:00+01:00", true)]
    public void CanSchedule_AroundNewYear_UsesBrusselsCalendarYear(string startsAt, bool allowed)
    {
        var result = MeetingCap.CanSchedule(At("new", startsAt), ThisYear(MeetingStatus.Gepland, MeetingStatus.Gepland, MeetingStatus.Gepland), Time.Brussels);

        Assert.Equal(allowed, result.IsSuccess);
    }

    [Fact]
    public void CanSchedule_ExistingMeetingInLastLocalHourOfYear_CountsForThatYear()
    {
        Meeting[] existing = [.. ThisYear(MeetingStatus.Gepland, MeetingStatus.Gepland), At("late", "2025-12-31T22:30:00+00:00")];

        Assert.False(MeetingCap.CanSchedule(At("new", "2025-11-20T14:00:00+01:00"), existing, Time.Brussels).IsSuccess);
    }

    [Fact]
    public void CanSchedule_MovingAnExistingMeeting_DoesNotCountItTwice()
    {
        var existing = ThisYear(MeetingStatus.Gepland, MeetingStatus.Gepland, MeetingStatus.Gepland);

        var moved = existing[0] with { StartsAt = Time.At("2025-12-01T14:00:00+01:00") };

        Assert.True(MeetingCap.CanSchedule(moved, existing, Time.Brussels).IsSuccess);
    }

    [Fact]
    public void CanSchedule_OtherGroupsMeetings_DoNotCount()
    {
        var others = ThisYear(MeetingStatus.Gepland, MeetingStatus.Gepland, MeetingStatus.Gepland).Select(m => m with { SteeringGroupId = "inspireren" });

        Assert.True(MeetingCap.CanSchedule(At("new", "2025-11-20T14:00:00+01:00"), others, Time.Brussels).IsSuccess);
    }
}
