using CoopBot.Domain.Meetings;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Meetings;

public class MeetingYearRulesTests
{
    private const string Group = "inspireren";

    private static Meeting Meeting(string iso, MeetingStatus status) => new(iso, Group, Time.At(iso), status);

    [Theory]
    [InlineData("2025-05-31T21:59:59+00:00", false)]
    [InlineData("2025-05-31T22:00:00+00:00", true)]
    [InlineData("2025-09-15T10:00:00+02:00", true)]
    [InlineData("2025-12-31T22:59:59+00:00", true)]
    [InlineData("2025-12-31T23:00:00+00:00", false)]
    public void NeedsNoMeetingNotice_NothingPlanned_FromFirstJuneBrusselsTime(string now, bool expected)
    {
        Assert.Equal(expected, MeetingYearRules.NeedsNoMeetingNotice(Group, 2025, [], Time.At(now), Time.Brussels, alreadyNotified: false));
    }

    [Theory]
    [InlineData(MeetingStatus.Gepland, false)]
    [InlineData(MeetingStatus.Gehouden, false)]
    [InlineData(MeetingStatus.Geannuleerd, true)]
    public void NeedsNoMeetingNotice_MeetingThisYear_OnlyCancelledStillNeedsNotice(MeetingStatus status, bool expected)
    {
        Meeting[] meetings = [Meeting("2025-10-01T14:00:00+02:00", status)];

        Assert.Equal(expected, MeetingYearRules.NeedsNoMeetingNotice(Group, 2025, meetings, Time.At("2025-07-01T09:00:00+02:00"), Time.Brussels, false));
    }

    [Fact]
    public void NeedsNoMeetingNotice_MeetingOfOtherYearOrGroup_StillNeedsNotice()
    {
        Meeting[] meetings =
        [
            Meeting("2024-10-01T14:00:00+02:00", MeetingStatus.Gehouden),
            Meeting("2025-10-01T14:00:00+02:00", MeetingStatus.Gepland) with { SteeringGroupId = "beleven" },
        ];

        Assert.True(MeetingYearRules.NeedsNoMeetingNotice(Group, 2025, meetings, Time.At("2025-07-01T09:00:00+02:00"), Time.Brussels, false));
    }

    [Fact]
    public void NeedsNoMeetingNotice_AlreadyNotified_False()
    {
        Assert.False(MeetingYearRules.NeedsNoMeetingNotice(Group, 2025, [], Time.At("2025-07-01T09:00:00+02:00"), Time.Brussels, alreadyNotified: true));
    }

    [Theory]
    [InlineData(new MeetingStatus[0], 0, true)]
    [InlineData(new[] { MeetingStatus.Gepland }, 0, true)]
    [InlineData(new[] { MeetingStatus.Geannuleerd, MeetingStatus.Gepland }, 0, true)]
    [InlineData(new[] { MeetingStatus.Gehouden }, 1, false)]
    [InlineData(new[] { MeetingStatus.Gehouden, MeetingStatus.Gehouden, MeetingStatus.Geannuleerd }, 2, false)]
    public void Summarise_Year_NoMeetingHeldOnlyWhenNoneHeld(MeetingStatus[] statuses, int held, bool noMeetingHeld)
    {
        var meetings = statuses.Select((s, i) => Meeting($"2025-0{i + 3}-01T14:00:00+01:00", s));

        var summary = MeetingYearRules.Summarise(Group, 2025, meetings, Time.Brussels);

        Assert.Equal((held, noMeetingHeld), (summary.Held, summary.NoMeetingHeld));
        Assert.Equal(noMeetingHeld, summary.Remark is not null);
    }

    [Fact]
    public void Summarise_NoneHeld_RemarkQuotesRule()
    {
        var summary = MeetingYearRules.Summarise(Group, 2025, [], Time.Brussels);

        Assert.Equal("In 2025 is de stuurgroep niet samengekomen. De stuurgroep komt 1 à 3 keer per jaar samen.", summary.Remark);
    }

    [Fact]
    public void Summarise_Year_CountsByStatus()
    {
        Meeting[] meetings =
        [
            Meeting("2025-03-01T14:00:00+01:00", MeetingStatus.Gehouden),
            Meeting("2025-06-01T14:00:00+02:00", MeetingStatus.Geannuleerd),
            Meeting("2025-11-01T14:00:00+01:00", MeetingStatus.Gepland),
            Meeting("2026-01-01T00:30:00+01:00", MeetingStatus.Gepland),
        ];

        var summary = MeetingYearRules.Summarise(Group, 2025, meetings, Time.Brussels);

        Assert.Equal((1, 1, 1), (summary.Held, summary.Planned, summary.Cancelled));
    }
}
