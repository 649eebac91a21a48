using CoopBot.Domain.Registry;
using CoopBot.Domain.Tests.TestData;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class ConsultationEligibilityTests
{
    private const string Consultation = "raadpleging-1";
    private static readonly SteeringGroup DigitaleCollecties = SteeringGroupCatalog.Find("digitale-collecties")!;
    private static readonly DateTimeOffset Now = Time.At("2025-05-01T12:00:00+02:00");
    private static readonly ProxyRegistration GentToLier = new(Consultation, Gent.Id, "lies", "an", Now);

    [Theory]
    [InlineData("gent", true)]
    [InlineData("kortrijk", false)]
    public void IsEligible_Organisation_OnlyAfnemersOfGroupServices(string organisationId, bool expected)
    {
        Assert.Equal(expected, ConsultationEligibility.IsEligible(Organisations.Single(o => o.Id == organisationId), DigitaleCollecties));
    }

    [Fact]
    public void IsEligible_AfnemerOfOtherGroupOnly_False()
    {
        Assert.False(ConsultationEligibility.IsEligible(Gent, SteeringGroupCatalog.Find("beleven")!));
    }

    [Theory]
    [InlineData("an")]
    [InlineData("bert")]
    public void BallotOwner_AnyRepresentative_CastsTheOrganisationBallot(string personId)
    {
        var result = ConsultationEligibility.BallotOwner(Consultation, DigitaleCollecties, PersonOf(personId, Gent), Gent.Id, Organisations, []);

        Assert.Equal(Gent, result.Value);
    }

    [Fact]
    public void BallotOwner_OwnOrganisationNotAfnemer_Rejects()
    {
        var result = ConsultationEligibility.BallotOwner(Consultation, DigitaleCollecties, PersonOf("kim", Kortrijk), Kortrijk.Id, Organisations, []);

        Assert.Equal("raadpleging.geen-afnemer", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(Consultation, "lies", null)]
    [InlineData("raadpleging-2", "lies", "raadpleging.geen-vertegenwoordiger")]
    [InlineData(Consultation, "lotte", "raadpleging.geen-vertegenwoordiger")]
    public void BallotOwner_ForOtherOrganisation_NeedsProxyForThisConsultation(string consultationId, string personId, string? code)
    {
        var result = ConsultationEligibility.BallotOwner(consultationId, DigitaleCollecties, PersonOf(personId, Lier), Gent.Id, Organisations, [GentToLier]);

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Fact]
    public void BallotOwner_UnknownOrganisation_Rejects()
    {
        var result = ConsultationEligibility.BallotOwner(Consultation, DigitaleCollecties, PersonOf("an", Gent), "nergens", Organisations, []);

        Assert.Equal("raadpleging.onbekende-organisatie", result.Rejection?.Code);
    }

    [Fact]
    public void RegisterProxy_RepresentativeToOtherOrganisation_Registers()
    {
        var result = ConsultationEligibility.RegisterProxy(Consultation, DigitaleCollecties, Gent, PersonOf("an", Gent), PersonOf("lies", Lier), [], Now);

        Assert.Equal(GentToLier, result.Value);
    }

    [Fact]
    public void RegisterProxy_ToColleague_Rejects()
    {
        var result = ConsultationEligibility.RegisterProxy(Consultation, DigitaleCollecties, Gent, PersonOf("an", Gent), PersonOf("bert", Gent), [], Now);

        Assert.Equal("raadpleging.volmacht-eigen-organisatie", result.Rejection?.Code);
    }

    [Fact]
    public void RegisterProxy_ByNonRepresentative_Rejects()
    {
        var result = ConsultationEligibility.RegisterProxy(Consultation, DigitaleCollecties, Gent, PersonOf("lies", Lier), PersonOf("lies", Lier), [], Now);

        Assert.Equal("raadpleging.geen-vertegenwoordiger", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(Consultation, "raadpleging.volmacht-bestaat")]
    [InlineData("raadpleging-2", null)]
    public void RegisterProxy_ExistingProxy_OnlyOnePerConsultation(string consultationId, string? code)
    {
        var result = ConsultationEligibility.RegisterProxy(consultationId, DigitaleCollecties, Gent, PersonOf("bert", Gent), PersonOf("hans", Hasselt), [GentToLier], Now);

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Fact]
    public void RegisterProxy_GrantingNotAfnemer_Rejects()
    {
        var result = ConsultationEligibility.RegisterProxy(Consultation, DigitaleCollecties, Kortrijk, PersonOf("kim", Kortrijk), PersonOf("lies", Lier), [], Now);

        Assert.Equal("raadpleging.geen-afnemer", result.Rejection?.Code);
    }

    [Theory]
    [InlineData("krantenarchief", true)]
    [InlineData("bibster", false)]
    public void IsCooperantOf_Service_EveryAfnemerIsCooperant(string serviceId, bool expected)
    {
        Assert.Equal(expected, Gent.IsCooperantOf(serviceId));
    }
}
