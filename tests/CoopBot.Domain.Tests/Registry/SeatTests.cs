using CoopBot.Domain.Registry;
using CoopBot.Domain.Tests.TestData;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class SeatTests
{
    [Fact]
    public void Propose_Start_SetsTwoYearTermUnratified()
    {
        var seat = Seat.Propose("s", Group, "p", "gent", SeatRole.Lid, TermStart, Experience.Nieuw);

        Assert.Equal(Time.At("2027-01-01T00:00:00+01:00"), seat.TermEnd);
        Assert.Equal(RatificationStatus.Voorgesteld, seat.Ratification);
    }

    [Fact]
    public void Ratify_Proposed_BecomesBekrachtigdWithDate()
    {
        var seat = Member("p", Gent, ratified: false).Ratify(new DateOnly(2018, 12, 13)).Value!;

        Assert.Equal((RatificationStatus.Bekrachtigd, new DateOnly(2018, 12, 13)), (seat.Ratification, seat.RatifiedOn));
    }

    [Fact]
    public void Ratify_AlreadyRatified_Rejects()
    {
        var result = Member("p", Gent).Ratify(new DateOnly(2025, 1, 1));

        Assert.Equal("zitje.al-bekrachtigd", result.Rejection?.Code);
        Assert.Contains("13 december 2024", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_EndNotAfterStart_Throws(int days)
    {
        Assert.Throws<ArgumentException>(() =>
            new Seat("s", Group, "p", "gent", SeatRole.Lid, TermStart, TermStart.AddDays(days), Experience.Nieuw, null));
    }

    [Theory]
    [InlineData("2023-01-01", "2025-01-01", false)]
    [InlineData("2023-01-02", "2025-01-02", true)]
    [InlineData("2026-12-31", "2027-01-01", true)]
    [InlineData("2027-01-01", "2029-01-01", false)]
    public void Overlaps_OtherTerm_HalfOpenIntervals(string start, string end, bool expected)
    {
        var other = new Seat("o", Group, "q", "lier", SeatRole.Lid, Time.At(start + "T00:00:00+01:00"), Time.At(end + "T00:00:00+01:00"), Experience.Nieuw, null);

        Assert.Equal(expected, Member("p", Gent).Overlaps(other));
    }
}
