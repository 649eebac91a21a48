using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class CompositionReportTests
{
    private static readonly DateTimeOffset Now = TermStart.AddMonths(3);

    private static readonly Seat[] Balanced =
    [
        Member("a", Antwerpen, experience: Experience.Nieuw),
        Member("b", Hasselt),
        Member("c", Gent, experience: Experience.Nieuw),
        Member("d", Leuven),
        Member("e", Brugge),
        Member("f", Brussel),
    ];

    private static CompositionReport Build(IEnumerable<Seat> seats) => CompositionReport.Build(Group, seats, Organisations, Now);

    [Fact]
    public void Build_BalancedGroup_CountsEverythingWithoutWarnings()
    {
        var report = Build(Balanced);

        Assert.Equal(6, report.Members);
        Assert.All(report.PerProvince.Values, count => Assert.Equal(1, count));
        Assert.Equal((5, 1, 2, 4, 1, 1), (report.Big, report.Small, report.Newcomers, report.Experienced, report.Regional, report.Pilot));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Build_MissingProvinces_WarnsNamingThem()
    {
        var warning = Assert.Single(Build(Balanced.Where(s => s.PersonId is not ("b" or "d"))).Warnings);

        Assert.Equal("samenstelling.provincie-ontbreekt", warning.Code);
        Assert.StartsWith("Geen enkel lid uit Limburg en Vlaams-Brabant.", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c", "d", "e" }, "samenstelling.enkel-groot")]
    [InlineData(new[] { "f" }, "samenstelling.enkel-klein")]
    public void Build_AllSameSize_Warns(string[] personIds, string code)
    {
        var codes = Build(Balanced.Where(s => personIds.Contains(s.PersonId))).Warnings.Select(w => w.Code);

        Assert.Contains(code, codes);
    }

    [Fact]
    public void Build_NoActiveMembers_WarnsEmptyOnly()
    {
        var expired = Member("a", Antwerpen, start: TermStart.AddYears(-3));

        var report = Build([expired]);

        Assert.Equal(0, report.Members);
        Assert.Equal(["samenstelling.leeg"], report.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Build_StaffOtherGroupsAndInactiveSeats_AreNotCounted()
    {
        Seat[] seats =
        [
            .. Balanced,
            Member("chair", Cultuurconnect, role: SeatRole.Voorzitter),
            Member("pm", Cultuurconnect, role: SeatRole.Productmanager),
            Member("x", Lier, group: "beleven"),
            Member("y", Lier, start: Now.AddDays(1)),
        ];

        Assert.Equal(6, Build(seats).Members);
    }

    [Fact]
    public void Build_ProposedSeat_IsCounted()
    {
        Assert.Equal(7, Build([.. Balanced, Member("y", Lier, ratified: false)]).Members);
    }

    [Fact]
    public void Build_UnknownOrganisation_Throws()
    {
        var seat = Member("a", Antwerpen) with { OrganisationId = "nergens" };

        Assert.Throws<ArgumentException>(() => Build([seat]));
    }

    [Theory]
    [InlineData(Province.Antwerpen, "Antwerpen")]
    [InlineData(Province.Limburg, "Limburg")]
    [InlineData(Province.OostVlaanderen, "Oost-Vlaanderen")]
    [InlineData(Province.VlaamsBrabant, "Vlaams-Brabant")]
    [InlineData(Province.WestVlaanderen, "West-Vlaanderen")]
    [InlineData(Province.Brussel, "Brussel")]
    public void DisplayName_Province_ReturnsDutch(Province province, string expected)
    {
        Assert.Equal(expected, province.DisplayName());
    }
}
