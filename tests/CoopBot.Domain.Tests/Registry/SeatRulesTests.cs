using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class SeatRulesTests
{
    private static readonly Seat GentMember = Member("an", Gent);

    [Fact]
    public void CanAddSeat_SecondMemberSameLibrarySameGroup_RejectsOneSeatPerLibrary()
    {
        var result = SeatRules.CanAddSeat([GentMember], Member("bert", Gent), Organisations);

        Assert.Equal("zitje.een-per-organisatie", result.Rejection?.Code);
        Assert.Equal(
            "Bibliotheek Gent heeft al een zitje in deze stuurgroep. Een bibliotheek heeft maar één zitje per stuurgroep.",
            result.Rejection!.Message);
    }

    [Fact]
    public void CanAddSeat_SameLibraryOtherGroup_Accepts()
    {
        var seat = Member("bert", Gent, group: "beleven");

        Assert.Equal(seat, SeatRules.CanAddSeat([GentMember], seat, Organisations).Value);
    }

    [Fact]
    public void CanAddSeat_OtherLibrarySameGroup_Accepts()
    {
        Assert.True(SeatRules.CanAddSeat([GentMember], Member("chris", Lier), Organisations).IsSuccess);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(365, false)]
    [InlineData(730, true)]
    public void CanAddSeat_SameLibraryLaterTerm_AcceptsOnlyAfterTermEnd(int startOffsetDays, bool accepted)
    {
        var later = Member("bert", Gent, start: TermStart.AddDays(startOffsetDays));

        Assert.Equal(accepted, SeatRules.CanAddSeat([GentMember], later, Organisations).IsSuccess);
    }

    [Theory]
    [InlineData(SeatRole.Voorzitter)]
    [InlineData(SeatRole.VervangendVoorzitter)]
    [InlineData(SeatRole.Productmanager)]
    public void CanAddSeat_StaffRolesFromSameOrganisation_Accepts(SeatRole role)
    {
        var chair = Member("dirk", Cultuurconnect, role: SeatRole.Voorzitter);

        Assert.True(SeatRules.CanAddSeat([chair], Member("els", Cultuurconnect, role: role), Organisations).IsSuccess);
    }

    [Fact]
    public void CanAddSeat_SamePersonTwiceInGroup_Rejects()
    {
        var again = Member("an", Lier) with { Id = "seat-2" };

        Assert.Equal("zitje.persoon-al-lid", SeatRules.CanAddSeat([GentMember], again, Organisations).Rejection?.Code);
    }

    [Fact]
    public void CanAddSeat_ExistingSeatWithSameId_IsNotCountedAgainstItself()
    {
        Assert.True(SeatRules.CanAddSeat([GentMember], GentMember, Organisations).IsSuccess);
    }

    [Fact]
    public void CanAddSeat_UnknownOrganisationInConflict_Throws()
    {
        Assert.Throws<ArgumentException>(() => SeatRules.CanAddSeat([GentMember], Member("bert", Gent), []));
    }
}
