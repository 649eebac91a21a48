using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Common;

namespace CoopBot.IntegrationTests.Consultations;

/// <summary>Issue 4, consultations over HTTP: one ballot per organisation, eligibility from the registry, proxies, tally.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class ConsultationFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // A second representative of Bibliotheek Gent (Bram Claes is the first); Ward Smets works for a centre without services.
    private static readonly DemoUser Yasmine = new("user-id-20", "a1c0ffee-0000-4000-8000-000000000020", "Yasmine Peeters");
    private static readonly DemoUser Ward = new("user-id-19", "a1c0ffee-0000-4000-8000-000000000019", "Ward Smets");
    private static readonly DemoUser Fien = DemoUser.NonMember;

    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TwoRepresentativesOfOneOrganisation_OneBallot_LatestCountsAndRecordsWho()
    {
        var pollId = await CreateConsultationAsync();

        await _flow.VoteAsync(DemoUser.Bram, pollId, "voor");
        var second = await _flow.VoteAsync(Yasmine, pollId, "tegen");

        Assert.Contains(Json("Stem van Bibliotheek Gent: Tegen \\(uitgebracht door Yasmine Peeters"), second.ToJsonString(), StringComparison.Ordinal);
        var ballots = await BallotsAsync(pollId);
        var gent = Assert.Single(ballots);
        Assert.Equal("bib-gent", gent.VoterId);
        Assert.Equal(["tegen"], gent.OptionIds);
        Assert.Equal(Yasmine.AadObjectId, gent.CastById);
        Assert.False(gent.ByProxy);
        var bram = await _flow.RefreshAsync(DemoUser.Bram, pollId);
        Assert.Contains(Json(DecisionTexts.Participation(1, 12, consultation: true)), bram.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("user-id-19", "a1c0ffee-0000-4000-8000-000000000019", "neemt geen dienst af van de Stuurgroep Basisinfrastructuur")]
    [InlineData("user-id-7", "a1c0ffee-0000-4000-8000-000000000007", "Deze organisatie ken ik niet")]
    [InlineData("user-id-99", "a1c0ffee-0000-4000-8000-000000000099", "Je staat niet in het register")]
    public async Task NonCooperant_IsRefusedInDutch_AndNothingIsWritten(string teamsId, string aadObjectId, string message)
    {
        var pollId = await CreateConsultationAsync();

        var response = await _flow.VoteAsync(new DemoUser(teamsId, aadObjectId, "Iemand"), pollId, "voor");

        Assert.Contains(Json(message), response.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await BallotsAsync(pollId));
        Assert.DoesNotContain(await HistoryAsync(pollId), e => e.Type == AuditEventTypes.Vote);
    }

    [Fact]
    public async Task ProxyForAnotherOrganisation_IsRefusedWithoutRegistration()
    {
        var pollId = await CreateConsultationAsync();

        var response = await _flow.ActAsync(DemoUser.Bram, "decisions.vote", pollId, new JsonObject { ["choice"] = "voor", ["onBehalfOf"] = "bib-antwerpen" });

        Assert.Contains(Json("Je vertegenwoordigt Bibliotheek Antwerpen niet"), response.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await BallotsAsync(pollId));
    }

    [Fact]
    public async Task Proxy_VoteCountsForTheRepresentedOrganisation_AndIsShownOnTheResult()
    {
        var pollId = await CreateConsultationAsync();
        var form = await _flow.RefreshAsync(Fien, pollId);
        Assert.Contains(Json(DecisionTexts.ProxyButton), form.ToJsonString(), StringComparison.Ordinal);

        var registered = await _flow.ActAsync(Fien, "decisions.proxy", pollId, new JsonObject { ["proxyPersonId"] = DemoUser.Bram.AadObjectId });
        Assert.Contains(Json("Volmacht geregistreerd: Bram Claes \\(Bibliotheek Gent"), registered.ToJsonString(), StringComparison.Ordinal);
        var again = await _flow.ActAsync(Fien, "decisions.proxy", pollId, new JsonObject { ["proxyPersonId"] = DemoUser.Chloe.AadObjectId });
        Assert.Contains(Json("gaf voor deze raadpleging al een volmacht"), again.ToJsonString(), StringComparison.Ordinal);

        var bramView = await _flow.RefreshAsync(DemoUser.Bram, pollId);
        Assert.Contains("\"onBehalfOf\"", bramView.ToJsonString(), StringComparison.Ordinal);
        await _flow.ActAsync(DemoUser.Bram, "decisions.vote", pollId, new JsonObject { ["choice"] = "voor", ["onBehalfOf"] = "bib-antwerpen" });
        await _flow.VoteAsync(DemoUser.Bram, pollId, "tegen");
        await _flow.VoteAsync(Yasmine, pollId, "voor");
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "onthouding");
        await _flow.VoteAsync(DemoUser.Dries, pollId, "tegen");

        var ballots = (await BallotsAsync(pollId)).ToDictionary(b => b.VoterId);
        Assert.Equal(["voor"], ballots["bib-antwerpen"].OptionIds);
        Assert.True(ballots["bib-antwerpen"].ByProxy);
        Assert.Equal(DemoUser.Bram.AadObjectId, ballots["bib-antwerpen"].CastById);
        Assert.Contains(await HistoryAsync(pollId), e => e.Type == AuditEventTypes.Proxy && e.Actor == Fien.AadObjectId && e.After == DemoUser.Bram.AadObjectId);

        await _flow.CloseAsync(DemoUser.Chair, pollId);
        var result = (await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix)).Card!.ToJsonString();

        // Four organisations voted: Antwerpen (voor, by proxy), Gent (voor, latest), Hasselt (onthouding), Brugge (tegen).
        Assert.Contains(Json(DecisionTexts.Participation(4, 12, consultation: true)), result, StringComparison.Ordinal);
        Assert.Contains(Json("Volmachten"), result, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Bibliotheek Antwerpen\",\"value\":\"Bram Claes", result, StringComparison.Ordinal);
        var final = await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None);
        Assert.Equal(2, final!.Result!.Counts["voor"]);
        Assert.Equal(1, final.Result.Counts["tegen"]);
        Assert.Equal(1, final.Result.Counts["onthouding"]);
        Assert.Equal(4, final.Result.Voters);
        Assert.Equal(12, final.Result.Eligible);
    }

    [Fact]
    public async Task ChairReminder_IsOneOneToOneMessagePerRepresentativeOfANonVotingOrganisation()
    {
        var pollId = await CreateConsultationAsync();
        await _flow.VoteAsync(DemoUser.Bram, pollId, "voor");
        var before = _app.Connector.CallsTo("POST", "/v3/conversations").Count();

        var reminded = await _flow.ActAsync(DemoUser.Chair, "decisions.remind", pollId);

        Assert.Equal(200, reminded["statusCode"]!.GetValue<int>());
        var chats = _app.Connector.CallsTo("POST", "/v3/conversations").Skip(before).Where(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();
        var digests = _app.Connector.CallsTo("POST", "/activities").Where(c => c.Text?.Contains("je organisatie heeft nog niet gestemd", StringComparison.Ordinal) == true).ToList();

        // Bibliotheek Gent voted, so neither Bram nor Yasmine is reminded; the other 11 coöperanten have one representative each in the demo registry.
        Assert.Equal(9, digests.Count);
        Assert.Equal(9, chats.Count);
        Assert.DoesNotContain(chats, c => c.Body?.ToJsonString().Contains("user-id-1\"", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(chats, c => c.Body?.ToJsonString().Contains("user-id-20", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AutomaticReminder_TwoInstances_OneDigestPerRepresentativeOfEachNonVotingOrganisation()
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestTables.UniquePrefix() };
        await using var connector = await FakeConnector.StartAsync();
        string pollId;
        DateTimeOffset closesAt;
        await using (var creator = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector))
        {
            var flow = new PollFlow(creator);
            pollId = await flow.CreateAsync("voorstel", "Raadpleging met herinnering", new JsonObject { ["audience"] = "cooperanten" });
            await flow.VoteAsync(Yasmine, pollId, "voor");
            closesAt = (await creator.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!.State.ClosesAt;
        }

        var later = new ShiftedClock(closesAt - TimeSpan.FromHours(12) - DateTimeOffset.UtcNow);
        await using var first = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: later, sharedConnector: connector);
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: later, sharedConnector: connector);
        await Eventually.TrueAsync(() => Digests(connector).Count() >= 9, PollFlow.Wait, "the consultation digests");
        await Eventually.TrueAsync(async () => await second.GetService<CoopBot.Jobs.JobScheduler>().CountDueAsync(later.GetUtcNow(), CancellationToken.None) == 0, PollFlow.Wait, "no job left");

        // Bibliotheek Gent voted; the other coöperanten with a representative in the demo registry are nine, each told once.
        var digests = Digests(connector).ToList();
        Assert.Equal(9, digests.Count);
        Assert.Equal(9, digests.Select(d => d.Path).Distinct().Count());
        Assert.DoesNotContain(connector.Calls, c => c.Text?.StartsWith("Herinnering: “", StringComparison.Ordinal) == true);
    }

    private static IEnumerable<ConnectorCall> Digests(FakeConnector connector) =>
        connector.Calls.Where(c => c.Text?.Contains("je organisatie heeft nog niet gestemd", StringComparison.Ordinal) == true);

    private Task<string> CreateConsultationAsync() =>
        _flow.CreateAsync("voorstel", "Raadpleging: zomeropeningsuren bibliotheekwebsites", new JsonObject { ["audience"] = "cooperanten" });

    private Task<IReadOnlyList<BallotRecord>> BallotsAsync(string pollId) =>
        _app.GetService<DecisionStore>().GetBallotsAsync(pollId, CancellationToken.None);

    private Task<IReadOnlyList<AuditEvent>> HistoryAsync(string pollId) =>
        _app.GetService<DecisionStore>().GetHistoryAsync(pollId, CancellationToken.None);

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
