namespace CoopBot.Domain.Registry;

/// <summary>A library or culture/community centre that may take services from Cultuurconnect.</summary>
/// <param name="Id">Stable organisation id.</param>
/// <param name="Name">Display name, e.g. "Bibliotheek Gent".</param>
/// <param name="Kind">Library or culture/community centre.</param>
/// <param name="Province">Province, or Brussels.</param>
/// <param name="Size">Big or small.</param>
/// <param name="IsRegional">A regional library.</param>
/// <param name="IsPilot">A pilot library (seed 002: "pilootbibliothe(e)ken").</param>
/// <param name="Services">Ids of the services it takes (is afnemer of).</param>
public sealed record Organisation(
    string Id,
    string Name,
    OrganisationKind Kind,
    Province Province,
    SizeClass Size,
    bool IsRegional,
    bool IsPilot,
    IReadOnlySet<string> Services)
{
    /// <summary>Seed 002: "Als afnemer/gebruiker van de dienst ben je automatisch coöperant."</summary>
    public bool IsCooperantOf(string serviceId) => Services.Contains(serviceId);

    /// <summary>Coöperant of at least one of the services, e.g. those of a stuurgroep.</summary>
    public bool IsCooperantOfAny(IEnumerable<string> serviceIds) => serviceIds.Any(IsCooperantOf);
}

/// <summary>A person known to the bot, representing one organisation.</summary>
/// <param name="AadObjectId">Entra ID (AAD) object id: the identity on every Teams activity.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email address.</param>
/// <param name="OrganisationId">The organisation the person works for.</param>
public sealed record Person(string AadObjectId, string Name, string Email, string OrganisationId);
