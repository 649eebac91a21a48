using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 defect 3 and "one effect per activity id": the same activity delivered three times at once (as Teams does
/// when an answer is late) is answered three times, never with a 5xx, and stores and posts once.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class ConcurrentRedeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Deliveries = 3;
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Submit_DeliveredThreeTimesAtOnce_PostsOneCard()
    {
        var activity = PersonalInvoke(_app.ServiceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Drie keer tegelijk", ["description"] = "Dezelfde klik, drie leveringen.",
        });

        var answers = await ThreeAtOnceAsync(activity);

        Assert.All(answers, a => Assert.Contains("Voorstel ingediend", TextOf(a["value"]), StringComparison.Ordinal));
        Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Comment_DeliveredThreeTimesAtOnce_IsStoredAndPostedOnce()
    {
        var pollId = await _flow.CreatePollAsync("Reacties", "Ja", "Nee");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "decisions.comment", new JsonObject { ["pollId"] = pollId, ["comment"] = "Eén keer, graag." }));

        Assert.Single(await _app.GetService<DecisionService>().GetCommentsAsync(pollId, CancellationToken.None));
        Assert.Single(_app.Connector.Calls, c => c.Method == "POST" && c.Text?.Contains("Eén keer, graag.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Remind_DeliveredThreeTimesAtOnce_SendsOneReminder()
    {
        var pollId = await _flow.CreatePollAsync("Herinneringen", "Ja", "Nee");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "decisions.remind", new JsonObject { ["pollId"] = pollId }));

        Assert.Single(_app.Connector.Calls, FaultTests.IsReminder);
        var history = await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == AuditEventTypes.Reminded);
    }

    [Fact]
    public async Task Close_DeliveredThreeTimesAtOnce_ClosesOnceAndAnnouncesOnce()
    {
        var pollId = await _flow.CreatePollAsync("Sluiten", "Ja", "Nee");
        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "decisions.close", new JsonObject { ["pollId"] = pollId }));
        await Eventually.TrueAsync(() => _app.Connector.Calls.Any(FaultTests.IsOutcome), PollFlow.Wait, "the outcome");

        var history = await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == AuditEventTypes.Closed);
        Assert.Single(_app.Connector.Calls, FaultTests.IsOutcome);
    }

    [Fact]
    public async Task Vote_DeliveredThreeTimesAtOnce_IsOneBallotAndOneAuditEvent()
    {
        var pollId = await _flow.CreatePollAsync("Stemmen", "Ja", "Nee");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "o2" }));

        var history = await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == AuditEventTypes.Vote);
    }

    [Fact]
    public async Task Submit_DeliveredToTwoInstancesAtOnce_PostsOneCard()
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestTables.UniquePrefix() };
        await using var connector = await FakeConnector.StartAsync();
        await using var first = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector);
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector);
        var activity = PersonalInvoke(connector.ServiceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Twee instanties", ["description"] = "Dezelfde klik op twee instanties.",
        });

        var answers = await Task.WhenAll(first.InvokeAsync(activity.DeepClone()), second.InvokeAsync(activity.DeepClone()), first.InvokeAsync(activity.DeepClone()));

        Assert.All(answers, a => Assert.Contains("Voorstel ingediend", TextOf(a["value"]), StringComparison.Ordinal));
        Assert.Single(connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    private async Task<JsonNode[]> ThreeAtOnceAsync(JsonObject activity)
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, Deliveries).Select(_ => _app.InvokeAsync(activity.DeepClone())));
        Assert.All(answers, a => Assert.Equal(200, a["statusCode"]!.GetValue<int>()));
        return answers;
    }
}
