using CoopBot.Domain.Registry;

namespace CoopBot.Domain.Tests.Registry;

public class SteeringGroupCatalogTests
{
    [Theory]
    [InlineData("basisinfrastructuur-digitale-bibliotheek", "open-vlacc,verrijkende-content,cata2020,bibliotheekwebsites,mijn-bibliotheek,aquabrowser,bibliotheeksysteem")]
    [InlineData("digitale-collecties", "krantenarchief,fundels,e-boeken,digitale-films,digitale-tijdschriften")]
    [InlineData("beleven", "arcadegames,bibster")]
    [InlineData("inspireren", "bieblo,mijn-leestipper")]
    public void Find_SeedGroup_HasItsServices(string id, string services)
    {
        Assert.Equal(services.Split(','), SteeringGroupCatalog.Find(id)!.ServiceIds);
    }

    [Fact]
    public void All_HoldsExactlyFourGroups()
    {
        Assert.Equal(4, SteeringGroupCatalog.All.Count);
    }

    [Theory]
    [InlineData("e-boeken", true)]
    [InlineData("krantenarchief", false)]
    public void Services_LaterServices_AreMarkedPlanned(string serviceId, bool planned)
    {
        Assert.Equal(planned, SteeringGroupCatalog.Find("digitale-collecties")!.Services.Single(s => s.Id == serviceId).IsPlanned);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(SteeringGroupCatalog.Find("werkgroep-x"));
    }
}
