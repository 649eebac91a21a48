using CoopBot.Domain.Meetings;

namespace CoopBot.Domain.Tests.Meetings;

public class AgendaRulesTests
{
    private static List<AgendaItem> Agenda(int count) =>
        Enumerable.Range(1, count).Select(i => new AgendaItem(i, $"Punt {i}", "An", 10, false, [])).ToList();

    [Theory]
    [InlineData(0, "Roadmap", "An", 20, null)]
    [InlineData(11, "Roadmap", "An", 20, null)]
    [InlineData(12, "Roadmap", "An", 20, "agenda.vol")]
    [InlineData(0, "", "An", 20, "agenda.titel")]
    [InlineData(0, "   ", "An", 20, "agenda.titel")]
    [InlineData(0, "Roadmap", "", 20, "agenda.toelichter")]
    [InlineData(0, "Roadmap", "An", 0, "agenda.duur")]
    [InlineData(0, "Roadmap", "An", 1, null)]
    [InlineData(0, "Roadmap", "An", 480, null)]
    [InlineData(0, "Roadmap", "An", 481, "agenda.duur")]
    [InlineData(0, "Roadmap", "An", null, "agenda.duur")]
    public void Add_Boundaries(int existing, string title, string presenter, int? minutes, string? rejection)
    {
        var result = AgendaRules.Add(Agenda(existing), title, presenter, minutes, isConfidential: false, []);

        Assert.Equal(rejection, result.Rejection?.Code);
        if (rejection is null)
        {
            Assert.Equal(existing + 1, result.Value!.Number);
        }
    }

    [Theory]
    [InlineData(150, null)]
    [InlineData(151, "agenda.titel")]
    public void Add_TitleLength(int length, string? rejection)
    {
        var result = AgendaRules.Add([], new string('x', length), "An", 10, false, []);

        Assert.Equal(rejection, result.Rejection?.Code);
    }

    [Theory]
    [InlineData(5, null)]
    [InlineData(6, "agenda.voorstellen")]
    public void Add_DecisionLinks(int links, string? rejection)
    {
        var ids = Enumerable.Range(1, links).Select(i => $"p{i}").ToList();

        Assert.Equal(rejection, AgendaRules.Add([], "Roadmap", "An", 10, true, ids).Rejection?.Code);
    }

    [Fact]
    public void Add_TrimsAndDeduplicatesLinks()
    {
        var item = AgendaRules.Add([], "  Roadmap  ", " An ", 10, true, ["p1", "p1", "p2"]).Value!;

        Assert.Equal(("Roadmap", "An", true), (item.Title, item.Presenter, item.IsConfidential));
        Assert.Equal(["p1", "p2"], item.DecisionIds);
    }
}
