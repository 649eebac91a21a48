using CoopBot.Domain.Registry;

namespace CoopBot.Domain.Tests.TestData;

/// <summary>Organisations and seats for registry tests: one library per province plus Cultuurconnect.</summary>
internal static class RegistryData
{
    public const string Group = "digitale-collecties";

    public static readonly DateTimeOffset TermStart = Time.At("2025-01-01T00:00:00+01:00");

    public static readonly Organisation Antwerpen = Library("antwerpen", "Bibliotheek Antwerpen", Province.Antwerpen, SizeClass.Groot, isPilot: true);
    public static readonly Organisation Lier = Library("lier", "Bibliotheek Lier", Province.Antwerpen, SizeClass.Klein);
    public static readonly Organisation Hasselt = Library("hasselt", "Bibliotheek Hasselt", Province.Limburg, SizeClass.Groot, isRegional: true);
    public static readonly Organisation Gent = Library("gent", "Bibliotheek Gent", Province.OostVlaanderen, SizeClass.Groot);
    public static readonly Organisation Leuven = Library("leuven", "Bibliotheek Leuven", Province.VlaamsBrabant, SizeClass.Groot);
    public static readonly Organisation Brugge = Library("brugge", "Bibliotheek Brugge", Province.WestVlaanderen, SizeClass.Groot);
    public static readonly Organisation Brussel = Library("brussel", "Muntpunt", Province.Brussel, SizeClass.Klein);
    public static readonly Organisation Kortrijk = Library("kortrijk", "Bibliotheek Kortrijk", Province.WestVlaanderen, SizeClass.Klein, services: []);
    public static readonly Organisation Cultuurconnect = Library("cultuurconnect", "Cultuurconnect", Province.Brussel, SizeClass.Groot, services: []);

    public static IReadOnlyList<Organisation> Organisations { get; } = [Antwerpen, Lier, Hasselt, Gent, Leuven, Brugge, Brussel, Kortrijk, Cultuurconnect];

    public static Seat Member(
        string personId,
        Organisation organisation,
        DateTimeOffset? start = null,
        bool ratified = true,
        SeatRole role = SeatRole.Lid,
        Experience experience = Experience.Ervaren,
        string group = Group)
    {
        var seat = Seat.Propose($"seat-{personId}-{group}", group, personId, organisation.Id, role, start ?? TermStart, experience);
        return ratified ? seat.Ratify(new DateOnly(2024, 12, 13)).Value! : seat;
    }

    public static Person PersonOf(string personId, Organisation organisation) =>
        new(personId, personId, $"{personId}@example.org", organisation.Id);

    private static Organisation Library(
        string id, string name, Province province, SizeClass size, bool isRegional = false, bool isPilot = false, string[]? services = null) =>
        new(id, name, OrganisationKind.Bibliotheek, province, size, isRegional, isPilot, (services ?? ["krantenarchief"]).ToHashSet());
}
