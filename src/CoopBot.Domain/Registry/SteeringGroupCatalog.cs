namespace CoopBot.Domain.Registry;

/// <summary>A recurring service with a contract and a price; <paramref name="IsPlanned"/> marks "op termijn" services.</summary>
/// <param name="Id">Stable service id.</param>
/// <param name="Name">Display name.</param>
/// <param name="IsPlanned">Announced but not yet offered.</param>
public sealed record Service(string Id, string Name, bool IsPlanned = false);

/// <summary>A stuurgroep and the services it steers.</summary>
/// <param name="Id">Stable stuurgroep id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Services">The services it covers.</param>
public sealed record SteeringGroup(string Id, string Name, IReadOnlyList<Service> Services)
{
    /// <summary>The ids of its services.</summary>
    public IEnumerable<string> ServiceIds => Services.Select(s => s.Id);
}

/// <summary>Seed 002 "4 stuurgroepen leiden de diensten in goede banen": the four stuurgroepen and their services.</summary>
public static class SteeringGroupCatalog
{
    /// <summary>The four stuurgroepen.</summary>
    public static IReadOnlyList<SteeringGroup> All { get; } =
    [
        new("basisinfrastructuur-digitale-bibliotheek", "Basisinfrastructuur Digitale Bibliotheek",
        [
            new("open-vlacc", "Open Vlacc"), new("verrijkende-content", "Verrijkende content"), new("cata2020", "Cata2020"),
            new("bibliotheekwebsites", "Bibliotheekwebsites"), new("mijn-bibliotheek", "Mijn Bibliotheek"),
            new("aquabrowser", "Aquabrowser"), new("bibliotheeksysteem", "Bibliotheeksysteem"),
        ]),
        new("digitale-collecties", "Digitale Collecties",
        [
            new("krantenarchief", "Krantenarchief"), new("fundels", "Fundels"), new("e-boeken", "E-boeken", IsPlanned: true),
            new("digitale-films", "Digitale films", IsPlanned: true),
            new("digitale-tijdschriften", "Digitale tijdschriften", IsPlanned: true),
        ]),
        new("beleven", "Beleven", [new("arcadegames", "Arcadegames"), new("bibster", "Bibster")]),
        new("inspireren", "Inspireren", [new("bieblo", "Bieblo"), new("mijn-leestipper", "Mijn Leestipper")]),
    ];

    /// <summary>The stuurgroep with this id, or null.</summary>
    public static SteeringGroup? Find(string id) => All.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));
}
