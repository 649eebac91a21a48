using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class SteeringGroupEligibilityTests
{
    private static readonly DateTimeOffset Now = TermStart.AddMonths(6);
    private static readonly Person An = PersonOf("an", Gent);

    [Fact]
    public void CanVote_RatifiedActiveMember_ReturnsSeat()
    {
        var seat = Member("an", Gent);

        Assert.Equal(seat, SteeringGroupEligibility.CanVote(An, Group, [seat], Now).Value);
    }

    [Theory]
    [InlineData(SeatRole.Lid, null)]
    [InlineData(SeatRole.Voorzitter, "stemrecht.rol")]
    [InlineData(SeatRole.VervangendVoorzitter, "stemrecht.rol")]
    [InlineData(SeatRole.Productmanager, "stemrecht.rol")]
    public void CanVote_Role_OnlyMembersVote(SeatRole role, string? code)
    {
        Assert.Equal(code, SteeringGroupEligibility.CanVote(An, Group, [Member("an", Gent, role: role)], Now).Rejection?.Code);
    }

    [Theory]
    [InlineData(-1L, "stemrecht.termijn-niet-begonnen")]
    [InlineData(0L, null)]
    public void CanVote_AroundTermStart_CountsFromStart(long ticksFromStart, string? code)
    {
        var seat = Member("an", Gent);

        Assert.Equal(code, SteeringGroupEligibility.CanVote(An, Group, [seat], seat.TermStart.AddTicks(ticksFromStart)).Rejection?.Code);
    }

    [Theory]
    [InlineData(-1L, null)]
    [InlineData(0L, "stemrecht.termijn-voorbij")]
    public void CanVote_AroundTermEnd_NoVoteFromEndInstant(long ticksFromEnd, string? code)
    {
        var seat = Member("an", Gent);

        Assert.Equal(code, SteeringGroupEligibility.CanVote(An, Group, [seat], seat.TermEnd.AddTicks(ticksFromEnd)).Rejection?.Code);
    }

    [Fact]
    public void CanVote_ProposedNotRatified_Rejects()
    {
        var result = SteeringGroupEligibility.CanVote(An, Group, [Member("an", Gent, ratified: false)], Now);

        Assert.Equal("stemrecht.niet-bekrachtigd", result.Rejection?.Code);
    }

    [Fact]
    public void CanVote_SeatInOtherGroupOnly_RejectsNoSeat()
    {
        var result = SteeringGroupEligibility.CanVote(An, Group, [Member("an", Gent, group: "beleven")], Now);

        Assert.Equal("stemrecht.geen-zitje", result.Rejection?.Code);
    }

    [Fact]
    public void CanVote_ColleagueOfSeatedMember_RejectsPersonalSeat()
    {
        var colleague = PersonOf("bert", Gent);

        var result = SteeringGroupEligibility.CanVote(colleague, Group, [Member("an", Gent)], Now);

        Assert.Equal("stemrecht.zitje-persoonlijk", result.Rejection?.Code);
        Assert.Contains("collega", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanVote_ExpiredAndCurrentSeat_UsesCurrent()
    {
        var expired = Member("an", Gent, start: TermStart.AddYears(-2)) with { Id = "old" };
        var current = Member("an", Gent);

        Assert.Equal(current, SteeringGroupEligibility.CanVote(An, Group, [expired, current], Now).Value);
    }

    [Fact]
    public void CanVote_ExpiredAndFutureSeat_ExplainsLatestSeat()
    {
        var expired = Member("an", Gent, start: TermStart.AddYears(-2)) with { Id = "old" };
        var future = Member("an", Gent, start: TermStart.AddYears(1));

        var result = SteeringGroupEligibility.CanVote(An, Group, [expired, future], Now);

        Assert.Equal("stemrecht.termijn-niet-begonnen", result.Rejection?.Code);
        Assert.Contains("1 januari 2026", result.Rejection!.Message, StringComparison.Ordinal);
    }
}
