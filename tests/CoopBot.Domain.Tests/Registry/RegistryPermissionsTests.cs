using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class RegistryPermissionsTests
{
    private static readonly DateTimeOffset Now = TermStart.AddMonths(3);

    [Theory]
    [InlineData(SeatRole.Voorzitter, Group, 0, false, true)]
    [InlineData(SeatRole.VervangendVoorzitter, Group, 0, false, true)]
    [InlineData(SeatRole.Productmanager, Group, 0, false, false)]
    [InlineData(SeatRole.Lid, Group, 0, false, false)]
    [InlineData(SeatRole.Voorzitter, "beleven", 0, false, false)]
    [InlineData(SeatRole.Voorzitter, Group, 25, false, false)]
    [InlineData(SeatRole.Lid, Group, 0, true, true)]
    public void CanViewComposition_ChairOfThatGroupOrCommunityManager(SeatRole role, string seatGroup, int monthsLater, bool isCommunityManager, bool allowed)
    {
        var seat = Member("an", Cultuurconnect, role: role, group: seatGroup);

        var view = RegistryPermissions.CanViewComposition("an", Group, [seat], isCommunityManager, Now.AddMonths(monthsLater));
        var link = RegistryPermissions.CanLinkTeam("AN", Group, [seat], isCommunityManager, Now.AddMonths(monthsLater));

        Assert.Equal(allowed, view.IsSuccess);
        Assert.Equal(allowed, link.IsSuccess);
        Assert.Equal(allowed ? null : "samenstelling.enkel-voorzitter", view.Rejection?.Code);
        Assert.Equal(allowed ? null : "samenstelling.koppelen-voorzitter", link.Rejection?.Code);
    }
}
