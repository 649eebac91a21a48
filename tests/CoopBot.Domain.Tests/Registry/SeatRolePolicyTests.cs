using CoopBot.Domain.Registry;

namespace CoopBot.Domain.Tests.Registry;

public class SeatRolePolicyTests
{
    [Theory]
    [InlineData(SeatRole.Voorzitter, "Voorzitter", false, false, true, true)]
    [InlineData(SeatRole.VervangendVoorzitter, "Vervangend voorzitter", false, false, true, true)]
    [InlineData(SeatRole.Productmanager, "Productmanager", false, false, true, true)]
    [InlineData(SeatRole.Lid, "Lid", true, true, false, false)]
    public void For_Role_ReturnsTableRow(SeatRole role, string name, bool isMember, bool canVote, bool canCreate, bool canManage)
    {
        Assert.Equal(new SeatRoleRules(role, name, isMember, canVote, canCreate, canManage), SeatRolePolicy.For(role));
    }

    [Fact]
    public void For_UnknownRole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeatRolePolicy.For((SeatRole)42));
    }
}
