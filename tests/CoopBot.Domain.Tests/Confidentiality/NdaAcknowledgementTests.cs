using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Confidentiality;

public class NdaAcknowledgementTests
{
    private static readonly Seat Seat = Member("an", Gent);
    private static readonly NdaRequirement Requirement = new(Group, 2);
    private static readonly DateTimeOffset SignedAt = TermStart.AddMonths(2);

    [Fact]
    public void Sign_CurrentVersion_ValidUntilSeatTermEnd()
    {
        var nda = NdaAcknowledgement.Sign(Seat, Requirement, 2, SignedAt).Value;

        Assert.Equal(new NdaAcknowledgement("an", Group, 2, SignedAt, Seat.TermEnd), nda);
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(730, 730)]
    [InlineData(800, 730)]
    public void Sign_ExplicitValidUntil_NeverBeyondTermEnd(int validDays, int expectedDaysFromStart)
    {
        var nda = NdaAcknowledgement.Sign(Seat, Requirement, 2, SignedAt, TermStart.AddDays(validDays)).Value!;

        Assert.Equal(TermStart.AddDays(expectedDaysFromStart), nda.ValidUntil);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Sign_OtherThanRequiredVersion_Rejects(int version)
    {
        Assert.Equal("nda.verkeerde-versie", NdaAcknowledgement.Sign(Seat, Requirement, version, SignedAt).Rejection?.Code);
    }

    [Theory]
    [InlineData(-1L, null)]
    [InlineData(0L, "nda.termijn-voorbij")]
    public void Sign_AroundTermEnd_RejectsFromEnd(long ticksFromEnd, string? code)
    {
        Assert.Equal(code, NdaAcknowledgement.Sign(Seat, Requirement, 2, Seat.TermEnd.AddTicks(ticksFromEnd)).Rejection?.Code);
    }

    [Fact]
    public void Sign_ValidUntilNotAfterSigning_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NdaAcknowledgement.Sign(Seat, Requirement, 2, SignedAt, SignedAt));
    }

    [Fact]
    public void Sign_RequirementOfOtherGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => NdaAcknowledgement.Sign(Seat, new NdaRequirement("beleven", 2), 2, SignedAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NdaRequirement_VersionBelowOne_Throws(int version)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NdaRequirement(Group, version));
    }
}
