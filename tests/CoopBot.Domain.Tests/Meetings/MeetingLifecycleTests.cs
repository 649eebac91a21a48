using CoopBot.Domain.Meetings;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Meetings;

public class MeetingLifecycleTests
{
    private static readonly DateTimeOffset Now = Time.At("2026-05-01T10:00:00+02:00");

    private static Meeting Meeting(MeetingStatus status, string startsAt = "2026-06-10T14:00:00+02:00") =>
        new("m1", "beleven", Time.At(startsAt), status);

    [Theory]
    [InlineData(MeetingStatus.Gepland, "2026-06-20T14:00:00+02:00", true)]
    [InlineData(MeetingStatus.Gepland, "2026-05-01T10:00:00+02:00", false)]
    [InlineData(MeetingStatus.Gehouden, "2026-06-20T14:00:00+02:00", false)]
    [InlineData(MeetingStatus.Geannuleerd, "2026-06-20T14:00:00+02:00", false)]
    public void Reschedule_OnlyPlannedAndToTheFuture(MeetingStatus status, string to, bool allowed)
    {
        var result = MeetingLifecycle.Reschedule(Meeting(status), Time.At(to), Now);

        Assert.Equal(allowed, result.IsSuccess);
        if (allowed)
        {
            Assert.Equal(Time.At(to), result.Value!.StartsAt);
        }
    }

    [Theory]
    [InlineData(MeetingStatus.Gepland, true)]
    [InlineData(MeetingStatus.Gehouden, false)]
    [InlineData(MeetingStatus.Geannuleerd, false)]
    public void Cancel_OnlyPlanned(MeetingStatus status, bool allowed)
    {
        var result = MeetingLifecycle.Cancel(Meeting(status));

        Assert.Equal(allowed, result.IsSuccess);
        Assert.Equal(allowed, result.Value?.Status == MeetingStatus.Geannuleerd);
    }

    [Theory]
    [InlineData("2026-05-01T09:59:59+02:00", true)]
    [InlineData("2026-05-01T10:00:00+02:00", true)]
    [InlineData("2026-05-01T10:00:01+02:00", false)]
    public void MarkHeld_OnceStarted(string startsAt, bool allowed)
    {
        var result = MeetingLifecycle.MarkHeld(Meeting(MeetingStatus.Gepland, startsAt), Now);

        Assert.Equal(allowed, result.IsSuccess);
        Assert.Equal(allowed ? null : "vergadering.nog-niet-begonnen", result.Rejection?.Code);
    }

    [Fact]
    public void Cancel_HeldMeeting_ExplainsInDutch()
    {
        var rejection = MeetingLifecycle.Cancel(Meeting(MeetingStatus.Gehouden)).Rejection!;

        Assert.Equal("Deze vergadering is al gehouden; ze kan niet meer worden gewijzigd.", rejection.Message);
    }
}
