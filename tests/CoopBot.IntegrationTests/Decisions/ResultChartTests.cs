using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Issue 18: the result card's charts show exactly the stored tally, and fall back to the text rows.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class ResultChartTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Voorstel_ResultCard_BarsAndGaugeEqualTheStoredTally()
    {
        var pollId = await _flow.CreateAsync("voorstel", "Nieuwe leverancier bibliotheekwebsites", new JsonObject { ["quorum"] = "50" });
        await _flow.VoteAsync(DemoUser.Bram, pollId, "voor");
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "voor");
        await _flow.VoteAsync(DemoUser.Dries, pollId, "tegen");

        var card = await CloseAndGetResultAsync(pollId);

        var stored = (await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!.Result!.ToTally();
        var bars = Chart(card, "Chart.HorizontalBar");
        var poll = (await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!;
        Assert.Equal(
            poll.Definition.Options.Select(o => (o.Label, stored.CountFor(o.Id))),
            bars["data"]!.AsArray().Select(p => (p!["x"]!.GetValue<string>(), p["y"]!.GetValue<int>())));
        Assert.Equal(3, stored.CountFor("voor") + stored.CountFor("tegen"));
        Assert.Equal("FactSet", bars["fallback"]!["type"]!.GetValue<string>());
        // Issue 16: no value axis, whose ticks Teams draws as fractions (0.17, 0.33…); each bar shows its whole count.
        Assert.Equal("AbsoluteNoAxis", bars["displayMode"]!.GetValue<string>());
        Assert.Matches(@"^[A-Z]{2}-\d{4}-\d{3}$", poll.Reference);
        Assert.Contains(poll.Reference!, card["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var gauge = Chart(card, "Chart.Gauge");
        Assert.Equal(stored.Voters, gauge["value"]!.GetValue<int>());
        Assert.Equal(stored.Eligible, gauge["max"]!.GetValue<int>());
        Assert.Equal("3 van 4 leden hebben gestemd, quorum 50 % gehaald", gauge["subLabel"]!.GetValue<string>());
        Assert.Equal(gauge["subLabel"]!.GetValue<string>(), gauge["fallback"]!["text"]!.GetValue<string>());
        output.WriteLine(card.ToJsonString());
        var results = await ReferenceCardValidator.ValidateAsync([card]);
        Assert.True(results[0].IsClean, results[0].ToString());
    }

    [Fact]
    public async Task Stelling_ResultCard_DonutEqualsTheStoredTally()
    {
        var pollId = await _flow.CreateAsync("stelling", "Transversale samenwerking biedt een meerwaarde.");
        await _flow.VoteAsync(DemoUser.Bram, pollId, "akkoord");
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "helemaal-akkoord");
        await _flow.VoteAsync(DemoUser.Els, pollId, "akkoord");

        var card = await CloseAndGetResultAsync(pollId);

        var poll = (await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!;
        var stored = poll.Result!.ToTally();
        var donut = Chart(card, "Chart.Donut");
        Assert.Equal(
            poll.Definition.Options.Select(o => (o.Label, stored.CountFor(o.Id))),
            donut["data"]!.AsArray().Select(p => (p!["legend"]!.GetValue<string>(), p["value"]!.GetValue<int>())));
        Assert.Equal(2, stored.CountFor("akkoord"));
        output.WriteLine(card.ToJsonString());
    }

    private async Task<JsonNode> CloseAndGetResultAsync(string pollId)
    {
        await _flow.CloseAsync(DemoUser.Chair, pollId);
        return (await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix)).Card!;
    }

    private static JsonNode Chart(JsonNode card, string type) =>
        Assert.Single(card["body"]!.AsArray(), e => e!["type"]!.GetValue<string>() == type)!;
}
