using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Xunit.Abstractions;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 fault test "storage paused mid-vote": the bot's own Azurite is frozen (SIGSTOP) while votes are in flight.
/// Every vote is answered within Teams' invoke budget, counted or refused in Dutch (never a 5xx); no acknowledged vote is
/// lost; after the storage resumes the refused voters click again and the count is exact.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class StoragePauseTests(ITestOutputHelper output)
{
    // Teams waits about 5 s for an invoke answer; a vote that waits for storage longer than that is lost for the voter.
    // The adapter answers any invoke at 4.5 s with its generic timeout card, so a vote must have answered before that.
    private static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Votes_WhileStorageIsPaused_AreAnsweredInTime_NoAcknowledgedVoteIsLost_AndTheCountIsExact()
    {
        await using var storage = await AzuriteServer.StartAsync();
        await using var app = await CoopBotApp.StartAsync(storage);
        var flow = new PollFlow(app);
        var pollId = await flow.CreatePollAsync("Opslag even weg", "Ja", "Nee");
        Assert.Contains(DecisionTexts.VoteCounted, TextOf((await flow.VoteAsync(DemoUser.Bram, pollId, "o1"))["value"]), StringComparison.Ordinal);

        // Bram changes his vote while the storage is frozen; the other members vote for the first time.
        var expected = new (DemoUser Voter, string Choice)[] { (DemoUser.Bram, "o2"), (DemoUser.Chloe, "o1"), (DemoUser.Dries, "o2"), (DemoUser.Els, "o1") };
        var clicks = expected.Select(v => TeamsActivity.CardAction(app.ServiceUrl, v.Voter, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = v.Choice })).ToList();
        // Two votes are on their way when the storage freezes, two more arrive while it is frozen.
        var inFlight = clicks.Take(2).Select(click => app.PostActivityAsync(click.DeepClone())).ToList();
        await storage.PauseAsync();
        inFlight.AddRange(clicks.Skip(2).Select(click => app.PostActivityAsync(click.DeepClone())));
        HttpResponseMessage[] responses;
        try
        {
            responses = await Task.WhenAll(inFlight).WaitAsync(InvokeBudget);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"a vote got no answer within {InvokeBudget.TotalSeconds} s while the storage was paused");
            throw;
        }
        finally
        {
            await storage.ResumeAsync();
        }

        var (acknowledged, refused) = (new List<int>(), new List<int>());
        for (var i = 0; i < responses.Length; i++)
        {
            Assert.Equal(200, (int)responses[i].StatusCode);
            var text = TextOf(JsonNode.Parse(await responses[i].Content.ReadAsStringAsync())!["value"]);
            if (text.Contains(DecisionTexts.VoteCounted, StringComparison.Ordinal))
            {
                acknowledged.Add(i);
            }
            else
            {
                Assert.Contains(DecisionTexts.VoteNotConfirmed.Message, text, StringComparison.Ordinal);
                refused.Add(i);
            }

            responses[i].Dispose();
        }

        // No acknowledged vote is lost: what the voter was told is what is stored.
        var store = app.GetService<DecisionStore>();
        foreach (var i in acknowledged)
        {
            Assert.Equal([expected[i].Choice], (await store.GetBallotAsync(pollId, expected[i].Voter.AadObjectId, CancellationToken.None))!.OptionIds);
        }

        // A refused voter clicks again (Teams or the person), and is counted once.
        foreach (var i in refused)
        {
            Assert.Contains(DecisionTexts.VoteCounted, TextOf((await app.InvokeAsync(clicks[i].DeepClone()))["value"]), StringComparison.Ordinal);
        }

        await flow.CloseAsync(DemoUser.Chair, pollId);
        await flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        var result = (await app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!.Result!;
        var history = await app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        output.WriteLine($"{expected.Length} votes in flight while paused: {acknowledged.Count} counted, {refused.Count} refused in Dutch, 0 lost; {history.Count(e => e.Type == AuditEventTypes.Vote)} vote events");
        Assert.Equal(4, result.Voters);
        Assert.Equal((2, 2), (result.ToTally().CountFor("o1"), result.ToTally().CountFor("o2")));
        Assert.Equal(expected.Length + 1, history.Count(e => e.Type == AuditEventTypes.Vote));
    }
}
