using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Issue 4 robustness: parallel voters with duplicates, votes racing close, two instances, restart after a deadline.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class RobustnessTests(AzuriteFixture azurite)
{
    private const int Voters = 50;

    [Fact]
    public async Task FiftyParallelVoters_VoteChangeAndRetry_LeaveAnExactTally()
    {
        // A shared 2-core machine can exceed the tests' short write timeout; give ballots the production-like budget.
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: SlowMachine);
        await LoadGroup.SeedAsync(app, Voters);
        var flow = new PollFlow(app);
        var pollId = await flow.CreateAsync("stemming", "Belastingtest", new JsonObject { ["steeringGroupId"] = LoadGroup.Id, ["options"] = "A\nB\nC" }, LoadGroup.Chair);
        var finalChoice = new ConcurrentDictionary<string, string>();
        var invokes = 0;

        // Each voter votes 10 times (changing their vote), and every invoke is delivered twice (an exact Teams retry),
        // the second time concurrently with the first for odd rounds: 50 x 10 x 2 = 1,000 invokes.
        await Task.WhenAll(Enumerable.Range(0, Voters).Select(async i =>
        {
            var voter = LoadGroup.Member(i);
            for (var round = 0; round < 10; round++)
            {
                var choice = $"o{((i + round) % 3) + 1}";
                var activityId = $"f:{voter.AadObjectId}:{round}";
                var deliveries = round % 2 == 1
                    ? await Task.WhenAll(flow.VoteAsync(voter, pollId, choice, activityId), flow.VoteAsync(voter, pollId, choice, activityId))
                    : [await flow.VoteAsync(voter, pollId, choice, activityId), await flow.VoteAsync(voter, pollId, choice, activityId)];
                Interlocked.Add(ref invokes, deliveries.Length);

                // "Niet bevestigd" asks the voter to try again; Teams users do, with the same card action.
                for (var retry = 0; retry < 5 && !deliveries.Any(Acknowledged); retry++)
                {
                    deliveries = [await flow.VoteAsync(voter, pollId, choice, activityId)];
                    Interlocked.Increment(ref invokes);
                }

                Assert.Contains(deliveries, Acknowledged);
                finalChoice[voter.AadObjectId] = choice;
            }
        }));

        await flow.CloseAsync(LoadGroup.Chair, pollId);
        await flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        var poll = await app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None);
        var tally = poll!.Result!.ToTally();
        Assert.True(invokes >= 1000, $"{invokes} invokes");
        Assert.Equal(Voters, tally.Voters);
        foreach (var option in new[] { "o1", "o2", "o3" })
        {
            Assert.Equal(finalChoice.Values.Count(c => c == option), tally.CountFor(option));
        }

        var history = await app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Equal(Voters * 10, history.Count(e => e.Type == AuditEventTypes.Vote));
    }

    [Fact]
    public async Task VotesRacingClose_AreCountedAndAcknowledgedOrRefused_NeverLost()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: SlowMachine);
        await LoadGroup.SeedAsync(app, Voters);
        var flow = new PollFlow(app);
        var pollId = await flow.CreateAsync("voorstel", "Race met sluiten", new JsonObject { ["steeringGroupId"] = LoadGroup.Id }, LoadGroup.Chair);
        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();

        var votes = Enumerable.Range(0, Voters).Select(async i =>
        {
            var voter = LoadGroup.Member(i);
            var response = (await flow.VoteAsync(voter, pollId, "voor")).ToJsonString();
            if (response.Contains("Je stem is geteld", StringComparison.Ordinal))
            {
                acknowledged.Add(voter.AadObjectId);
            }
            else
            {
                Assert.Contains("gesloten", response, StringComparison.Ordinal);
                refused.Add(voter.AadObjectId);
            }
        }).ToList();
        var close = flow.CloseAsync(LoadGroup.Chair, pollId);
        await Task.WhenAll([.. votes, close]);

        await flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        var poll = await app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None);
        Assert.Equal(Voters, acknowledged.Count + refused.Count);
        Assert.Equal(acknowledged.Count, poll!.Result!.Voters);
        Assert.Equal(acknowledged.Count, poll.Result.ToTally().CountFor("voor"));
    }

    [Fact]
    public async Task TwoInstances_OnOneStorage_SendOneAutomaticReminder()
    {
        var prefix = TestTables.UniquePrefix();
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix };
        await using var connector = await FakeConnector.StartAsync();
        string pollId;
        DateTimeOffset closesAt;
        await using (var creator = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector))
        {
            pollId = await new PollFlow(creator).CreatePollAsync();
            await new PollFlow(creator).VoteAsync(DemoUser.Bram, pollId, "o1");
            closesAt = (await creator.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!.State.ClosesAt;
        }

        // Both instances start half a day before closing: the reminder (a day before closing) is due on both.
        var later = new ShiftedClock(closesAt - TimeSpan.FromHours(12) - DateTimeOffset.UtcNow);
        await using var first = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: later, sharedConnector: connector);
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: later, sharedConnector: connector);
        await Eventually.TrueAsync(() => Reminders(connector).Any(), PollFlow.Wait, "the automatic reminder");
        var poll = await first.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None);
        Assert.NotNull(poll!.AutoReminderSentAt);

        // Both workers have passed over the (now deleted) job several times by the time a second pass is done.
        await Eventually.TrueAsync(async () => await second.GetService<CoopBot.Jobs.JobScheduler>().CountDueAsync(later.GetUtcNow(), CancellationToken.None) == 0, PollFlow.Wait, "no job left");
        var reminder = Assert.Single(Reminders(connector));
        Assert.Equal(3, reminder.Body!["entities"]!.AsArray().Count);
    }

    [Fact]
    public async Task Restart_AfterAMissedDeadline_ClosesAndAnnouncesOnStartUp()
    {
        var prefix = TestTables.UniquePrefix();
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix };
        await using var connector = await FakeConnector.StartAsync();
        string pollId;
        await using (var before = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector))
        {
            var flow = new PollFlow(before);
            pollId = await flow.CreatePollAsync("Sluit terwijl de bot uit staat", "Ja", "Nee");
            await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
            await flow.VoteAsync(DemoUser.Chloe, pollId, "o1");
        }

        await using var after = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: new ShiftedClock(TimeSpan.FromDays(5)), sharedConnector: connector);

        await new PollFlow(after).WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        await Eventually.TrueAsync(() => connector.Calls.Any(c => c.Text?.Contains("Meeste stemmen: Ja", StringComparison.Ordinal) == true), PollFlow.Wait, "outcome message");
        var poll = await after.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None);
        Assert.Equal(2, poll!.Result!.Voters);
    }

    private static readonly Dictionary<string, string?> SlowMachine = new()
    {
        ["Decisions:VoteWriteTimeout"] = "00:00:02",
        ["Decisions:CloseGracePeriod"] = "00:00:05",
    };

    private static bool Acknowledged(JsonNode response) => CardCopy.Of(response).Contains(DecisionTexts.VoteCounted, StringComparison.Ordinal);

    private static IEnumerable<ConnectorCall> Reminders(FakeConnector connector) =>
        connector.Calls.Where(c => c.Text?.StartsWith("Herinnering", StringComparison.Ordinal) == true);
}
