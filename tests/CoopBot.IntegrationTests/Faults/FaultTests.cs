using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Jobs;
using CoopBot.Jobs.Contracts;
using CoopBot.Testing;
using CoopBot.Common;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 defects 1, 2, 6, 7 and 8 and the fault tests: the real host on a real Azurite, a recording Connector stand-in
/// that fails, holds or refuses calls, hosts killed and restarted on the same storage. Short configured intervals, no sleeps.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class FaultTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Connector:MaxRetries"] = "1",
        ["Connector:BaseRetryDelay"] = "00:00:00.020",
        ["Jobs:RetryDelay"] = "00:00:00.100",
        ["Jobs:MaxRetryDelay"] = "00:00:00.400",
        ["Jobs:LeaseDuration"] = "00:00:02",
    };

    [Fact]
    public async Task Finalize_HostKilledWhileTheResultIsInFlight_RestartPostsTheResultOnce()
    {
        var settings = new Dictionary<string, string?>(QuickRetries) { ["Storage:TablePrefix"] = TestTables.UniquePrefix() };
        await using var connector = await FakeConnector.StartAsync();
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var neverAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string pollId;
        await using (var first = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector))
        {
            var flow = new PollFlow(first);
            pollId = await flow.CreatePollAsync("Crash tijdens de uitslag", "Ja", "Nee");
            await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
            connector.Hold = call => IsOutcome(call) && inFlight.TrySetResult() ? neverAnswered.Task : null;
            await flow.CloseAsync(DemoUser.Chair, pollId);
            await inFlight.Task.WaitAsync(PollFlow.Wait);
        }

        // The first host is gone with the result message in flight; its job lease runs out and the second host takes over.
        connector.Hold = null;
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector);
        await Eventually.TrueAsync(async () => (await second.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))?.AnnouncedAt is not null, PollFlow.Wait, "the announcement recorded");
        neverAnswered.TrySetResult();

        Assert.Single(connector.Calls, IsOutcome);
        Assert.Contains(connector.CallsTo("PUT", "/activities/"), c => c.Card?.ToJsonString().Contains("uitslag", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Reminder_ConnectorUnavailableLongerThanItsRetries_IsSentOnceWhenTeamsRecovers()
    {
        await using var connector = await FakeConnector.StartAsync();
        var (settings, pollId, clock) = await PollDueForReminderAsync(connector);
        var refusals = 0;
        connector.Fault = call => IsReminder(call) && Interlocked.Increment(ref refusals) <= 6 ? ConnectorFault.Unavailable : null;

        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: clock, sharedConnector: connector);

        await Eventually.TrueAsync(() => connector.Calls.Any(IsReminder), PollFlow.Wait, "the reminder after the outage");
        await Eventually.TrueAsync(async () => (await app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))?.AutoReminderSentAt is not null, PollFlow.Wait, "the reminder recorded");
        Assert.True(connector.FailedCalls.Count(IsReminder) > 2, "the outage outlasted the Connector's own retries (1 retry per send)");
        Assert.Single(connector.Calls, IsReminder);
    }

    [Fact]
    public async Task Reminder_ConnectorNeverRecovers_JobIsParkedAndTheCommunityManagerToldInDutch()
    {
        await using var connector = await FakeConnector.StartAsync();
        var (settings, _, clock) = await PollDueForReminderAsync(connector);
        settings["Jobs:MaxAttempts"] = "3";
        connector.Fault = call => IsReminder(call) ? ConnectorFault.Unavailable : null;

        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: clock, sharedConnector: connector);

        await Eventually.TrueAsync(() => connector.Calls.Any(IsParkedNotice), PollFlow.Wait, "the community manager's notice");
        Assert.Single(connector.Calls, IsParkedNotice);
        Assert.DoesNotContain(connector.Calls, IsReminder);
        Assert.Equal(6, connector.FailedCalls.Count(IsReminder));
    }

    [Fact]
    public async Task Vote_LateRedeliveryOfAnEarlierChoice_AnswersWithTheStoredChoice()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var flow = new PollFlow(app);
        var pollId = await flow.CreatePollAsync("Welke kleur?", "Rood", "Blauw");
        await flow.VoteAsync(DemoUser.Bram, pollId, "o1", "f:first-click");
        await flow.VoteAsync(DemoUser.Bram, pollId, "o2", "f:second-click");

        var redelivered = (await flow.VoteAsync(DemoUser.Bram, pollId, "o1", "f:first-click")).ToJsonString();

        Assert.Contains(DecisionTexts.YourVote("Blauw"), redelivered, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionTexts.YourVote("Rood"), redelivered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalize_BallotLandingAfterTheClose_IsNotCounted()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: new Dictionary<string, string?> { ["Decisions:CloseGracePeriod"] = "00:00:03" });
        var flow = new PollFlow(app);
        var pollId = await flow.CreatePollAsync("Laat binnengekomen stem", "Ja", "Nee");
        await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        await flow.CloseAsync(DemoUser.Chair, pollId);
        var decisions = app.GetService<DecisionService>();
        var closed = (await decisions.FindAsync(pollId, CancellationToken.None))!;

        // A ballot stamped after the close (and after any cached "open"), landing in storage before the count.
        var castAt = closed.State.ClosedAt!.Value + TimeSpan.FromMinutes(1);
        var late = new BallotRecord(DemoUser.Chloe.AadObjectId, DemoUser.Chloe.Name, ["o2"], null, castAt);
        await app.GetService<DecisionStore>().CastBallotAsync(closed, late, new AuditEvent("f:late", AuditEventTypes.Vote, DemoUser.Chloe.AadObjectId, castAt, null, "o2"), CancellationToken.None);
        await flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);

        var final = (await decisions.FindAsync(pollId, CancellationToken.None))!;
        Assert.Equal(1, final.Result!.Voters);
        Assert.Equal(0, final.Result.ToTally().CountFor("o2"));
    }

    [Fact]
    public async Task Close_PollCardDeletedInTeams_ClickIsAnsweredAndTheOutcomeStillPostedOnce()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: QuickRetries);
        var flow = new PollFlow(app);
        var pollId = await flow.CreatePollAsync("Kaart verwijderd", "Ja", "Nee");
        await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        app.Connector.Fault = call => call.Method == "PUT" ? ConnectorFault.CardGone : null;

        var answer = await flow.CloseAsync(DemoUser.Chair, pollId);

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        await Eventually.TrueAsync(() => app.Connector.Calls.Any(IsOutcome), PollFlow.Wait, "the outcome message");
        var clock = app.GetService<TimeProvider>();
        await Eventually.TrueAsync(async () => await app.GetService<JobScheduler>().CountDueAsync(clock.GetUtcNow(), CancellationToken.None) == 0, PollFlow.Wait, "no finalize job left to retry");
        Assert.Single(app.Connector.Calls, IsOutcome);
        Assert.NotEmpty(app.Connector.FailedCalls);
    }

    /// <summary>A poll with one vote, created on a host that is gone, and a clock at which its automatic reminder is due.</summary>
    private async Task<(Dictionary<string, string?> Settings, string PollId, TimeProvider Clock)> PollDueForReminderAsync(FakeConnector connector)
    {
        var settings = new Dictionary<string, string?>(QuickRetries) { ["Storage:TablePrefix"] = TestTables.UniquePrefix() };
        await using var creator = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector);
        var flow = new PollFlow(creator);
        var pollId = await flow.CreatePollAsync();
        await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        var closesAt = (await creator.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!.State.ClosesAt;
        return (settings, pollId, new ShiftedClock(closesAt - TimeSpan.FromHours(12) - DateTimeOffset.UtcNow));
    }

    internal static bool IsOutcome(ConnectorCall call) =>
        call.Method == "POST" && call.Text?.StartsWith("Uitslag van", StringComparison.Ordinal) == true;

    internal static bool IsReminder(ConnectorCall call) =>
        call.Method == "POST" && call.Text?.StartsWith("Herinnering", StringComparison.Ordinal) == true;

    private static bool IsParkedNotice(ConnectorCall call) =>
        call.Method == "POST" && call.Text?.StartsWith("CoopBot kon een bericht na 3 pogingen niet versturen", StringComparison.Ordinal) == true;
}
