using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.Help;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Playground.PlaygroundEvent;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 16 §1-2: the loop of <c>scripts/run-local.sh</c>: the bot in Development with the demo registry and the
/// local-loop settings the script sets, the real Agents Playground on the yml that <c>scripts/playground-as.js</c>
/// writes for <c>PLAYGROUND_USER</c>, and a page that connects after start-up and opens conversations as the
/// Playground's page does.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class LocalLoopPlaygroundTests(AzuriteFixture azurite)
{
    /// <summary>What scripts/run-local.sh sets on top of appsettings.Development.json.</summary>
    public static readonly Dictionary<string, string?> RunLocalSettings = new()
    {
        ["Registry:DemoPoll"] = "true",
        ["Decisions:SingleViewerCards"] = "true",
    };

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly string DemoPollId = DemoPoll.IdOf("basisinfrastructuur");

    [Theory]
    [InlineData("user-id-1")] // the script's default: Bram Claes, lid
    [InlineData("user-id-10")] // Katrien Dubois, financieel comité: not in the Playground's yml, taken from the demo registry
    [InlineData("user-id-0")] // the voorzitter
    public async Task PageConnectingAfterStartUp_ReceivesTheDemoPoll_OnceStored_WelcomedOnce(string browserUser)
    {
        await using var bot = await CoopBotApp.StartOnKestrelAsync(azurite.Server, RunLocalSettings);
        await using var playground = await AgentsPlaygroundServer.StartAsync(bot.KestrelEndpoint!, browserUser: browserUser);
        var config = (await playground.GetConfigAsync())["config"]!;
        Assert.Equal(browserUser, config["currentUser"]!["id"]!.GetValue<string>());

        // First page load: the page shows the personal chat, then the person opens the channel "Besluiten".
        await using (var page = await playground.OpenEventsAsync())
        {
            await playground.OpenConversationAsPageAsync(config["personalChat"]!["id"]!.GetValue<string>());
            await playground.OpenConversationAsPageAsync(DemoUser.ChannelId);
            await page.WaitForAsync(e => IsHelpIn(e, DemoUser.ChannelId), Wait);
            var poll = await page.WaitForAsync(IsDemoPoll, Wait);
            Assert.Equal(DemoUser.ChannelId, poll["actionConversationId"]!.GetValue<string>());
        }

        // A reload is a new page: the same stored poll is posted again, and the channel gets no second welcome.
        await using (var reloaded = await playground.OpenEventsAsync())
        {
            await playground.OpenConversationAsPageAsync(DemoUser.ChannelId);
            await reloaded.WaitForAsync(IsDemoPoll, Wait);
            Assert.DoesNotContain(reloaded.Seen, e => IsHelpIn(e, DemoUser.ChannelId));
        }

        var decisions = bot.GetService<DecisionService>();
        Assert.NotNull(await decisions.FindAsync(DemoPollId, CancellationToken.None));
    }

    [Fact]
    public async Task Vote_TheCardKeepsShowingTheVotersOwnView()
    {
        await using var bot = await CoopBotApp.StartOnKestrelAsync(azurite.Server, RunLocalSettings);
        await using var playground = await AgentsPlaygroundServer.StartAsync(bot.KestrelEndpoint!, browserUser: DemoUser.Bram.TeamsId);
        await using var page = await playground.OpenEventsAsync();
        await playground.OpenConversationAsPageAsync(DemoUser.ChannelId);
        var poll = await page.WaitForAsync(IsDemoPoll, Wait);

        var vote = await playground.ExecuteActionAsync(
            Conversation(poll), MessageId(poll), DemoUser.Bram.TeamsId, DecisionVerbs.Vote, new JsonObject { ["pollId"] = DemoPollId, ["choice"] = "o2" });
        Assert.Contains(DecisionTexts.YourVote(DecisionTexts.DemoPollOptions[1]!), Text(vote), StringComparison.Ordinal);

        // Teams would refresh the card per person; in the Playground the card update itself shows the voter's view.
        var updated = await page.WaitForAsync(e => e["action"]?.GetValue<string>() == "updateMessage" && CardText(e).Contains("1 van 4 leden heeft gestemd", StringComparison.Ordinal), Wait);
        Assert.Contains(DecisionTexts.YourVote(DecisionTexts.DemoPollOptions[1]!), CardText(updated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chair_SeesTheChairsViewOfTheDemoPoll_WithoutBeingRefusedFirst()
    {
        await using var bot = await CoopBotApp.StartOnKestrelAsync(azurite.Server, RunLocalSettings);
        await using var playground = await AgentsPlaygroundServer.StartAsync(bot.KestrelEndpoint!, browserUser: DemoUser.Chair.TeamsId);
        await using var page = await playground.OpenEventsAsync();
        await playground.OpenConversationAsPageAsync(DemoUser.ChannelId);

        // Posted, then turned into the view of the person at the page (Decisions:SingleViewerCards).
        var chairView = await page.WaitForAsync(e => e["action"]?.GetValue<string>() == "updateMessage" && CardText(e).Contains(DecisionVerbs.Close, StringComparison.Ordinal), Wait);
        Assert.DoesNotContain(DecisionVerbs.Vote, Verbs(chairView));
        Assert.Contains(DecisionTexts.ManagerDoesNotVoteNotice, CardText(chairView), StringComparison.Ordinal);
    }

    private static bool IsDemoPoll(JsonNode e) =>
        Verbs(e).Contains(DecisionVerbs.Vote) && CardText(e).Contains(DecisionTexts.DemoPollQuestion, StringComparison.Ordinal)
        && Card(e)!["actions"]![0]!["data"]!["pollId"]!.GetValue<string>() == DemoPollId;

    private static bool IsHelpIn(JsonNode e, string conversationId) =>
        e["actionConversationId"]?.GetValue<string>() == conversationId && CardText(e).Contains(HelpCards.Title, StringComparison.Ordinal);
}
