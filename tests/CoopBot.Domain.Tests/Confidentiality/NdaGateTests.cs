using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Confidentiality;

public class NdaGateTests
{
    private const string Group = "digitale-collecties";
    private static readonly DateTimeOffset SignedAt = Time.At("2025-02-01T10:00:00+01:00");
    private static readonly DateTimeOffset ValidUntil = Time.At("2027-01-01T00:00:00+01:00");
    private static readonly DateTimeOffset Now = Time.At("2025-06-01T10:00:00+02:00");
    private static readonly NdaRequirement Version2 = new(Group, 2);

    private static NdaAcknowledgement Nda(int version = 2, string person = "an", string group = Group) =>
        new(person, group, version, SignedAt, ValidUntil);

    [Fact]
    public void CanSeeDetails_NotConfidential_NeedsNoNda()
    {
        Assert.Equal(NdaClearance.NotConfidential, NdaGate.CanSeeDetails("an", Group, isConfidential: false, [], Version2, Now).Value);
    }

    [Fact]
    public void CanSeeDetails_ConfidentialWithValidNda_Allows()
    {
        Assert.Equal(NdaClearance.ValidNda, NdaGate.CanSeeDetails("an", Group, true, [Nda()], Version2, Now).Value);
    }

    public static TheoryData<NdaAcknowledgement[], string> Refusals => new()
    {
        { [], "nda.ontbreekt" },
        { [Nda(person: "bert")], "nda.ontbreekt" },
        { [Nda(group: "beleven")], "nda.ontbreekt" },
        { [Nda(version: 1)], "nda.verouderd" },
        { [Nda() with { ValidUntil = Now }], "nda.verlopen" },
        { [Nda(version: 1), Nda() with { ValidUntil = Now }], "nda.verlopen" },
        { [Nda() with { SignedAt = Now.AddTicks(1) }], "nda.ontbreekt" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void CanSeeDetails_ConfidentialWithoutValidNda_Rejects(NdaAcknowledgement[] ndas, string code)
    {
        Assert.Equal(code, NdaGate.CanSeeDetails("an", Group, true, ndas, Version2, Now).Rejection?.Code);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void CanVote_ConfidentialWithoutValidNda_Rejects(NdaAcknowledgement[] ndas, string code)
    {
        var rejection = NdaGate.CanVote("an", Group, true, ndas, Version2, Now).Rejection!;

        Assert.Equal(code, rejection.Code);
        Assert.Contains("over dit punt te stemmen", rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1L, true)]
    [InlineData(0L, false)]
    public void CanVote_AroundValidUntil_ExpiresAtThatInstant(long ticksFromEnd, bool allowed)
    {
        Assert.Equal(allowed, NdaGate.CanVote("an", Group, true, [Nda()], Version2, ValidUntil.AddTicks(ticksFromEnd)).IsSuccess);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(1, 2, false)]
    [InlineData(3, 2, true)]
    public void CanVote_NewerRequiredVersion_InvalidatesOlderAcknowledgement(int signedVersion, int required, bool allowed)
    {
        Assert.Equal(allowed, NdaGate.CanVote("an", Group, true, [Nda(version: signedVersion)], new NdaRequirement(Group, required), Now).IsSuccess);
    }

    [Fact]
    public void CanSeeDetails_Missing_ExplainsWhyInDutch()
    {
        var message = NdaGate.CanSeeDetails("an", Group, true, [], Version2, Now).Rejection!.Message;

        Assert.Equal(
            "Dit punt is vertrouwelijk, bijvoorbeeld een offerte of een budget: geheimhouding is soms nodig om een overheidsopdracht goed af te ronden. "
            + "Onderteken eerst de geheimhoudingsverklaring van de stuurgroep (versie 2) om de details te zien.",
            message);
    }

    [Fact]
    public void CanSeeDetails_Outdated_NamesBothVersions()
    {
        var message = NdaGate.CanSeeDetails("an", Group, true, [Nda(version: 1)], Version2, Now).Rejection!.Message;

        Assert.Contains("je ondertekende versie 1, nu geldt versie 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanSeeDetails_RequirementOfOtherGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => NdaGate.CanSeeDetails("an", Group, true, [], new NdaRequirement("beleven", 1), Now));
    }
}
