using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class TeamRosterCheckTests
{
    private static readonly DateTimeOffset Now = TermStart.AddMonths(3);

    [Theory]
    [InlineData(new[] { "an", "bram" }, new string[0], new string[0])]
    [InlineData(new[] { "AN", "BRAM" }, new string[0], new string[0])]
    [InlineData(new[] { "an", "bram", "fien" }, new[] { "fien" }, new string[0])]
    [InlineData(new[] { "an" }, new string[0], new[] { "bram" })]
    [InlineData(new string[0], new string[0], new[] { "an", "bram" })]
    public void Compare_TeamAgainstActiveSeats(string[] team, string[] expectedWithoutSeat, string[] expectedNotInTeam)
    {
        Seat[] seats = [Member("an", Cultuurconnect, role: SeatRole.Voorzitter), Member("bram", Gent)];

        var difference = TeamRosterCheck.Compare(Group, seats, team, Now);

        Assert.Equal(expectedWithoutSeat, difference.InTeamWithoutSeat);
        Assert.Equal(expectedNotInTeam, difference.SeatedNotInTeam.Select(s => s.PersonId).Order());
        Assert.Equal(expectedWithoutSeat.Length + expectedNotInTeam.Length == 0, difference.IsInSync);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(25, true)]
    [InlineData(3, false)]
    public void Compare_SeatOutsideItsTermOrInAnotherGroup_CountsAsNoSeat(int monthsAfterStart, bool expectedWithoutSeat)
    {
        Seat[] seats = [Member("bram", Gent), Member("an", Gent, group: "beleven")];

        var difference = TeamRosterCheck.Compare(Group, seats, ["bram"], TermStart.AddMonths(monthsAfterStart).AddDays(monthsAfterStart < 0 ? 0 : 1));

        Assert.Equal(expectedWithoutSeat, difference.InTeamWithoutSeat.Contains("bram"));
    }
}
