using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Playground.PlaygroundEvent;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 2 §7: the real Microsoft 365 Agents Playground process against the bot on Kestrel, with the repo's
/// <c>.m365agentsplayground.yml</c>. The playground sends real Teams-shaped activities and hosts the connector
/// the bot replies to, so this checks the whole loop a newcomer sees in the browser.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class AgentsPlaygroundTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private CoopBotApp _bot = null!;
    private AgentsPlaygroundServer _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = await CoopBotApp.StartOnKestrelAsync(azurite.Server);
        _playground = await AgentsPlaygroundServer.StartAsync(_bot.KestrelEndpoint!);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Config_MocksTheDemoTeamWithTheChairAndANonMember()
    {
        var config = (await _playground.GetConfigAsync())["config"]!;

        Assert.Equal(DemoUser.TenantId, config["tenantId"]!.GetValue<string>());
        Assert.Equal(DemoUser.Chair.AadObjectId, config["currentUser"]!["aadObjectId"]!.GetValue<string>());
        var team = config["teams"]![0]!;
        Assert.Equal(DemoUser.TeamId, team["id"]!.GetValue<string>());
        Assert.Contains(team["channels"]!.AsArray(), c => c!["id"]!.GetValue<string>() == DemoUser.ChannelId);
        Assert.Contains(config["users"]!.AsArray(), u => u!["aadObjectId"]!.GetValue<string>() == DemoUser.NonMember.AadObjectId);
    }

    [Fact]
    public async Task ChannelPoll_ChairCreatesMemberVotesNonMemberIsRefused()
    {
        await using var events = await _playground.OpenEventsAsync();

        // 1. The chair mentions the bot with "stemming" in the channel and receives the form card.
        await _playground.SendMessageAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, "stemming", mentionBot: true);
        var form = await events.WaitForAsync(e => Verbs(e).Contains("decisions.create"), Wait);

        // 2. The chair fills in the form; like the Teams client, the inputs are merged into the action's data.
        var submit = Card(form)!["actions"]!.AsArray().First(a => a!["verb"]!.GetValue<string>() == "decisions.create")!["data"]!.AsObject().DeepClone().AsObject();
        submit["title"] = "Welke leverancier kiezen we?";
        submit["options"] = "Leverancier A\nLeverancier B";
        submit["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        submit["closesTime"] = "17:00";
        var created = await _playground.ExecuteActionAsync(
            Conversation(form), MessageId(form), DemoUser.Chair.TeamsId, "decisions.create", submit);
        Assert.Contains("gestart", created.ToJsonString(), StringComparison.Ordinal);
        var poll = await events.WaitForAsync(e => Verbs(e).Contains("decisions.vote"), Wait);
        var pollId = Card(poll)!["actions"]![0]!["data"]!["pollId"]!.GetValue<string>();

        // 3. A member votes: the per-user view shows the choice, and the shared card in the channel is updated.
        var vote = await _playground.ExecuteActionAsync(
            Conversation(poll), MessageId(poll), DemoUser.Bram.TeamsId, "decisions.vote",
            new JsonObject { ["pollId"] = pollId, ["choice"] = "o2" });
        Assert.Contains("Jouw stem: Leverancier B", vote.ToJsonString(), StringComparison.Ordinal);
        await events.WaitForAsync(
            e => e["action"]?.GetValue<string>() == "updateMessage"
                 && e.ToJsonString().Contains("1 van 4 leden heeft gestemd", StringComparison.Ordinal),
            Wait);

        // 4. The non-member is refused in Dutch.
        var refused = await _playground.ExecuteActionAsync(
            Conversation(poll), MessageId(poll), DemoUser.NonMember.TeamsId, "decisions.vote",
            new JsonObject { ["pollId"] = pollId, ["choice"] = "o1" });
        Assert.Contains("geen zitje in deze stuurgroep", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jouw stem", refused.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_GovernanceQuestion_IsAnsweredWithTheFaqCard()
    {
        await using var events = await _playground.OpenEventsAsync();
        var config = (await _playground.GetConfigAsync())["config"]!;

        await _playground.SendMessageAsync(
            config["personalChat"]!["id"]!.GetValue<string>(), DemoUser.Chair.TeamsId, "hoeveel keer per jaar vergadert een stuurgroep?", mentionBot: false);

        var answer = await events.WaitForAsync(e => CardText(e).Contains("Was dit nuttig?", StringComparison.Ordinal), Wait);
        Assert.Contains("faq.feedback", CardText(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_UnsureAnswer_TicketReachesTheCommunityManagersChat()
    {
        await using var events = await _playground.OpenEventsAsync();
        var personal = (await _playground.GetConfigAsync())["config"]!["personalChat"]!["id"]!.GetValue<string>();

        await _playground.SendMessageAsync(personal, DemoUser.Chair.TeamsId, "hoe werkt dat?", mentionBot: false);
        var unsure = await events.WaitForAsync(e => Verbs(e).Contains("faq.ticket.create"), Wait);
        var ask = Card(unsure)!["actions"]!.AsArray().First(a => a!["verb"]?.GetValue<string>() == "faq.ticket.create")!;

        var sent = await _playground.ExecuteActionAsync(
            Conversation(unsure), MessageId(unsure), DemoUser.Chair.TeamsId, "faq.ticket.create", ask["data"]!.AsObject().DeepClone().AsObject());
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent["type"]?.GetValue<string>());

        // The durable ticket job posts the ticket card in the community manager's conversation (the demo group chat).
        var ticket = await events.WaitForAsync(e => Verbs(e).Contains("faq.ticket.take"), Wait);
        Assert.Contains("group-chat-id", Conversation(ticket), StringComparison.Ordinal);
        Assert.Contains("hoe werkt dat?", CardText(ticket), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_Of120k_ApprovedByVote_ConfirmationCardReachesTheBodiesChat()
    {
        await using var events = await _playground.OpenEventsAsync();

        await _playground.SendMessageAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, "voorstel", mentionBot: true);
        var form = await events.WaitForAsync(e => Verbs(e).Contains("decisions.create"), Wait);
        var submit = Card(form)!["actions"]!.AsArray().First(a => a!["verb"]!.GetValue<string>() == "decisions.create")!["data"]!.AsObject().DeepClone().AsObject();
        submit["title"] = "Nieuwe zoekmachine bibliotheekwebsites";
        submit["amount"] = "120.000";
        submit["commitmentKind"] = "Bestelling";
        submit["confirmed"] = "true";
        submit["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        submit["closesTime"] = "17:00";
        var created = await _playground.ExecuteActionAsync(Conversation(form), MessageId(form), DemoUser.Chair.TeamsId, "decisions.create", submit);
        Assert.Contains("gestart", created.ToJsonString(), StringComparison.Ordinal);

        var proposal = await events.WaitForAsync(e => Verbs(e).Contains("decisions.vote"), Wait);
        var pollId = Card(proposal)!["actions"]![0]!["data"]!["pollId"]!.GetValue<string>();
        foreach (var member in new[] { DemoUser.Bram, DemoUser.Chloe, DemoUser.Dries })
        {
            var vote = await _playground.ExecuteActionAsync(
                Conversation(proposal), MessageId(proposal), member.TeamsId, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "voor" });
            Assert.Contains("Je stem is geteld", Text(vote), StringComparison.Ordinal);
        }

        await _playground.ExecuteActionAsync(Conversation(proposal), MessageId(proposal), DemoUser.Chair.TeamsId, "decisions.close", new JsonObject { ["pollId"] = pollId });

        // After counting, the financieel comité and the voorzitter get their confirmation card in the demo group chat.
        var confirmation = await events.WaitForAsync(e => Verbs(e).Contains("escalation.confirm"), Wait);
        Assert.Contains("group-chat-id", Conversation(confirmation), StringComparison.Ordinal);
        Assert.Contains("120.000", CardText(confirmation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wie zit in de stuurgroep", "Bram Claes")]
    [InlineData("begroting", "Deelbegroting")]
    [InlineData("vergadering plannen", "meetings.schedule")]
    [InlineData("besluiten", "besluiten")]
    public async Task Channel_ChairCommands_AreAnsweredWithTheirCards(string command, string expected)
    {
        await using var events = await _playground.OpenEventsAsync();

        await _playground.SendMessageAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, command, mentionBot: true);

        await events.WaitForAsync(e => CardText(e).Contains(expected, StringComparison.Ordinal), Wait);
    }
}
