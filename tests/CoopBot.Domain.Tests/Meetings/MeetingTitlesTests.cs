using CoopBot.Domain.Meetings;

namespace CoopBot.Domain.Tests.Meetings;

public class MeetingTitlesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(0, null)]
    [InlineData(150, null)]
    [InlineData(151, "vergadering.titel")]
    [InlineData(60_000, "vergadering.titel")]
    public void Check_Boundaries(int? length, string? rejection)
    {
        var title = length is { } n ? new string('x', n) : null;

        Assert.Equal(rejection, MeetingTitles.Check(title)?.Code);
    }

    [Fact]
    public void Check_TrimsBeforeCounting()
    {
        Assert.Null(MeetingTitles.Check($"  {new string('x', 150)}  "));
    }
}
