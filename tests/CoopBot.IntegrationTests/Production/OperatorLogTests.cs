using System.Reflection;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Faults;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Extensions.Logging;

namespace CoopBot.IntegrationTests.Production;

/// <summary>
/// Issue 14: the events an operator needs (ids in docs/architecture.md) are logged with ids, codes and counts, and no
/// person of the demo registry (name, e-mail, AAD id) appears in any log entry of the flow, at every log level.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class OperatorLogTests(AzuriteFixture azurite)
{
    [Fact]
    public void LogEvents_OfTheHost_HaveExplicitIdsUniqueAcrossTheHost()
    {
        var events = typeof(CoopBot.Hosting.BotRoutes).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Message: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(e => e.Message is not null)
            .ToList();

        Assert.Superset(new HashSet<int> { 900, 1000, 1001, 1010, 1011, 1100, 1202, 1304, 1400, 1500 }, events.Select(e => e.Message!.EventId).ToHashSet());
        Assert.All(events, e => Assert.True(e.Message!.EventId > 0, $"{e.Name} has no explicit EventId"));
        var shared = events.GroupBy(e => e.Message!.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Name))}");
        Assert.Empty(shared);
    }

    [Fact]
    public async Task Vote_RecordedRefusedClosedAndCounted_AreLoggedWithIdsOnly()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: OperatorLogs.EveryLevel());
        var capture = OperatorLogs.Attach(app);
        var flow = new PollFlow(app);
        var pollId = await flow.CreatePollAsync("Welke kleur krijgt de nieuwe website?", "Rood", "Blauw");

        await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        await flow.VoteAsync(DemoUser.NonMember, pollId, "o2");
        await flow.CloseAsync(DemoUser.Chair, pollId);
        await Eventually.TrueAsync(() => OperatorLogs.Events(capture, 1011).Any(), PollFlow.Wait, "the decision counted");

        Assert.Equal(pollId, OperatorLogs.One(capture, 1000).Value("PollId"));
        var refused = OperatorLogs.One(capture, 1001);
        Assert.Equal(pollId, refused.Value("PollId"));
        Assert.Equal("stemrecht.geen-zitje", refused.Value("ReasonCode"));
        Assert.Equal(pollId, OperatorLogs.One(capture, 1010).Value("PollId"));
        var counted = OperatorLogs.One(capture, 1011);
        Assert.Equal((pollId, "1"), (counted.Value("PollId"), counted.Value("Voters")));
        OperatorLogs.AssertNoPersonalData(capture, "Welke kleur krijgt de nieuwe website?", "Rood", "Blauw");
    }

    [Fact]
    public async Task Escalation_EveryTransition_IsLoggedWithoutAmountTitleOrActor()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: OperatorLogs.EveryLevel());
        var capture = OperatorLogs.Attach(app);
        var escalation = new EscalationFlow(app);
        var pollId = await escalation.OpenAsync("Nieuwe servers voor het bibliotheekportaal", "120.000");
        await escalation.DecideAsync(pollId, "voor");

        await escalation.ActAsync(BodyUsers.Katrien, "escalation.confirm", pollId, "FinancieelComite");

        var transitions = OperatorLogs.Events(capture, 1100).ToList();
        Assert.All(transitions, t => Assert.Equal(pollId, t.Value("PollId")));
        Assert.Equal(
            ["stemming:Concept->Stemming", "uitslag:Stemming->GoedgekeurdWachtOpBevestiging", "bevestigd:GoedgekeurdWachtOpBevestiging->GoedgekeurdWachtOpBevestiging"],
            transitions.Select(t => $"{t.Value("EventType")}:{t.Value("From")}->{t.Value("To")}"));
        Assert.Equal("FinancieelComite", transitions[^1].Value("Body"));
        OperatorLogs.AssertNoPersonalData(capture, "120.000", "120000", "Nieuwe servers");
    }

    [Fact]
    public async Task Job_ParkedAfterItsLastAttempt_IsLoggedWithTypeAndKey()
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = OperatorLogs.EveryLevel();
        settings["Storage:TablePrefix"] = TestTables.UniquePrefix();
        settings["Connector:MaxRetries"] = "0";
        settings["Jobs:RetryDelay"] = "00:00:00.100";
        settings["Jobs:MaxRetryDelay"] = "00:00:00.200";
        settings["Jobs:MaxAttempts"] = "2";
        string pollId;
        TimeProvider clock;
        await using (var creator = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector))
        {
            var flow = new PollFlow(creator);
            pollId = await flow.CreatePollAsync();
            await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
            var closesAt = (await creator.GetService<CoopBot.Decisions.DecisionService>().FindAsync(pollId, CancellationToken.None))!.State.ClosesAt;
            clock = new ShiftedClock(closesAt - TimeSpan.FromHours(12) - DateTimeOffset.UtcNow);
        }

        // The automatic reminder is due on the second host, and Teams never accepts it: the job is parked.
        connector.Fault = call => FaultTests.IsReminder(call) ? ConnectorFault.Unavailable : null;
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: clock, sharedConnector: connector);
        var capture = OperatorLogs.Attach(app);

        await Eventually.TrueAsync(() => OperatorLogs.Events(capture, 1202).Any(), PollFlow.Wait, "the parked job logged");

        var parked = OperatorLogs.One(capture, 1202);
        Assert.Equal(LogLevel.Error, parked.Level);
        Assert.Equal((pollId, "2"), (parked.Value("JobKey"), parked.Value("Attempts")));
        Assert.False(string.IsNullOrEmpty(parked.Value("JobType")));
        OperatorLogs.AssertNoPersonalData(capture);
    }
}

/// <summary>Capturing and checking the operator events of a running host.</summary>
public static class OperatorLogs
{
    private static readonly Lazy<IReadOnlyList<string>> RegistryPersonalData = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "src", "CoopBot", "Registry", "DemoData", "demo-registry.json");
        var persons = JsonNode.Parse(File.ReadAllText(path))!["persons"]!.AsArray();
        return [.. persons.SelectMany(p => new[] { p!["name"], p["email"], p["aadObjectId"] }).OfType<JsonNode>().Select(v => v.GetValue<string>())];
    });

    /// <summary>Every category at every level, so the personal-data check covers what any sink could store.</summary>
    public static Dictionary<string, string?> EveryLevel() => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
    };

    public static LogCapture Attach(CoopBotApp app)
    {
        var capture = new LogCapture();
        app.GetService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }

    /// <summary>CoopBot's own entries with this event id (framework categories reuse small ids).</summary>
    public static IEnumerable<CapturedLog> Events(LogCapture capture, int eventId) =>
        capture.Entries.Where(e => e.EventId == eventId && e.Category.StartsWith("CoopBot.", StringComparison.Ordinal));

    public static CapturedLog One(LogCapture capture, int eventId) => Assert.Single(Events(capture, eventId));

    /// <summary>No name, e-mail or AAD id of any demo person, nor any of <paramref name="alsoAbsent"/>, in any entry.</summary>
    public static void AssertNoPersonalData(LogCapture capture, params string[] alsoAbsent)
    {
        Assert.Contains(capture.Entries, e => e.EventId is >= 1000 and < 2000 && e.Category.StartsWith("CoopBot.", StringComparison.Ordinal));
        var forbidden = RegistryPersonalData.Value.Concat(alsoAbsent).ToList();
        var leaks = capture.Entries
            .SelectMany(e => forbidden.Where(f => e.AllText.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"'{f}' in {e.Category}: {e.Message}"))
            .ToList();
        Assert.True(leaks.Count == 0, "Personal or confidential data reached the logs:\n" + string.Join('\n', leaks));
    }
}
