using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Playground.PlaygroundEvent;
using CoopBot.FaqChat;
using CoopBot.Decisions;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 2 §7: the real Microsoft 365 Agents Playground process against the bot on Kestrel, with the repo's
/// <c>.m365agentsplayground.yml</c>. The playground sends real Teams-shaped activities and hosts the connector
/// the bot replies to, so this checks the whole loop a newcomer sees in the browser.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class AgentsPlaygroundTests(AzuriteFixture azurite) : PlaygroundTestBase(azurite.Server)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Config_MocksTheDemoTeamWithTheChairAndANonMember()
    {
        var config = (await Playground.GetConfigAsync())["config"]!;

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
        await using var events = await Playground.OpenEventsAsync();

        // 1-2. The chair mentions the bot with "stemming" in the channel, fills in the form card and submits it.
        var (poll, pollId) = await CreateThroughFormAsync(events, "stemming", new JsonObject
        {
            ["title"] = "Welke leverancier kiezen we?",
            ["options"] = "Leverancier A\nLeverancier B",
        });

        // 3. A member votes: the per-user view shows the choice, and the shared card in the channel is updated.
        var vote = await Playground.ExecuteActionAsync(
            Conversation(poll), MessageId(poll), DemoUser.Bram.TeamsId, "decisions.vote",
            new JsonObject { ["pollId"] = pollId, ["choice"] = "o2" });
        Assert.Contains(DecisionTexts.YourVote("Leverancier B"), vote.ToJsonString(), StringComparison.Ordinal);
        await events.WaitForAsync(
            e => e["action"]?.GetValue<string>() == "updateMessage"
                 && e.ToJsonString().Contains("1 van 4 leden heeft gestemd", StringComparison.Ordinal),
            Wait);

        // 4. The non-member is refused in Dutch.
        var refused = await Playground.ExecuteActionAsync(
            Conversation(poll), MessageId(poll), DemoUser.NonMember.TeamsId, "decisions.vote",
            new JsonObject { ["pollId"] = pollId, ["choice"] = "o1" });
        Assert.Contains("geen zitje in deze stuurgroep", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jouw stem", refused.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_GovernanceQuestion_IsAnsweredWithTheFaqCard()
    {
        await using var events = await Playground.OpenEventsAsync();
        var config = (await Playground.GetConfigAsync())["config"]!;

        await Playground.SendMessageAsync(
            config["personalChat"]!["id"]!.GetValue<string>(), DemoUser.Chair.TeamsId, "hoeveel keer per jaar vergadert een stuurgroep?", mentionBot: false);

        var answer = await events.WaitForAsync(e => CardText(e).Contains(FaqChatTexts.WasThisHelpful, StringComparison.Ordinal), Wait);
        Assert.Contains("faq.feedback", CardText(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_UnsureAnswer_TicketReachesTheCommunityManagersChat()
    {
        await using var events = await Playground.OpenEventsAsync();
        var personal = (await Playground.GetConfigAsync())["config"]!["personalChat"]!["id"]!.GetValue<string>();

        await Playground.SendMessageAsync(personal, DemoUser.Chair.TeamsId, "hoe werkt dat?", mentionBot: false);
        var unsure = await events.WaitForAsync(e => Verbs(e).Contains("faq.ticket.create"), Wait);
        var ask = Card(unsure)!["actions"]!.AsArray().First(a => a!["verb"]?.GetValue<string>() == "faq.ticket.create")!;

        var sent = await Playground.ExecuteActionAsync(
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
        await using var events = await Playground.OpenEventsAsync();

        var (proposal, pollId) = await CreateThroughFormAsync(events, "voorstel", new JsonObject
        {
            ["title"] = "Nieuwe zoekmachine bibliotheekwebsites",
            ["amount"] = "120.000",
            ["commitmentKind"] = "Bestelling",
            ["confirmed"] = "true",
        });
        foreach (var member in new[] { DemoUser.Bram, DemoUser.Chloe, DemoUser.Dries })
        {
            var vote = await Playground.ExecuteActionAsync(
                Conversation(proposal), MessageId(proposal), member.TeamsId, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "voor" });
            Assert.Contains(DecisionTexts.VoteCounted, CardCopy.Of(vote), StringComparison.Ordinal);
        }

        await Playground.ExecuteActionAsync(Conversation(proposal), MessageId(proposal), DemoUser.Chair.TeamsId, "decisions.close", new JsonObject { ["pollId"] = pollId });

        // After counting, the financieel comité and the voorzitter get their confirmation card in the demo group chat.
        var confirmation = await events.WaitForAsync(e => Verbs(e).Contains("escalation.confirm"), Wait);
        Assert.Contains("group-chat-id", Conversation(confirmation), StringComparison.Ordinal);
        Assert.Contains("120.000", CardText(confirmation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_AnonymousReasonRequiredResultsAfterClose_VoteCommentAndClose()
    {
        await using var events = await Playground.OpenEventsAsync();
        var (statement, pollId) = await CreateThroughFormAsync(events, "stelling", new JsonObject
        {
            ["title"] = "Transversale samenwerking biedt een meerwaarde voor de bibliotheken.",
            ["anonymous"] = "true",
            ["reasonMode"] = "verplicht",
            ["resultsVisibility"] = "na-sluiten",
        });
        Assert.Contains("Helemaal niet akkoord", CardText(statement), StringComparison.Ordinal);
        Assert.Contains("anoniem", CardText(statement), StringComparison.Ordinal);

        // A reason is required; with one the vote counts and the voter's own view shows it, but no results yet.
        var noReason = await VoteAsync(statement, DemoUser.Bram, new JsonObject { ["pollId"] = pollId, ["choice"] = "akkoord" });
        Assert.Contains("Geef een korte toelichting", Text(noReason), StringComparison.Ordinal);
        var counted = await VoteAsync(statement, DemoUser.Bram, new JsonObject { ["pollId"] = pollId, ["choice"] = "akkoord", ["reason"] = "Samen staan we <b>sterker</b>." });
        Assert.Contains(DecisionTexts.YourVote("Akkoord"), Text(counted), StringComparison.Ordinal);
        Assert.Contains("zichtbaar na het sluiten", Text(counted), StringComparison.Ordinal);

        // Reageer: the comment is posted literally as a reply in the decision's thread.
        var comment = await Playground.ExecuteActionAsync(
            Conversation(statement), MessageId(statement), DemoUser.Chloe.TeamsId, "decisions.comment", new JsonObject { ["pollId"] = pollId, ["comment"] = "Graag ook **cijfers**." });
        Assert.Contains(DecisionTexts.CommentPosted, CardCopy.Of(comment), StringComparison.Ordinal);
        await events.WaitForAsync(e => Card(e) is null && Text(e).Contains("cijfers", StringComparison.Ordinal), Wait);

        // The chair's refresh view carries close, extend and remind; closing shows the result on the shared card.
        var chairView = await Playground.ExecuteActionAsync(Conversation(statement), MessageId(statement), DemoUser.Chair.TeamsId, "decisions.refresh", new JsonObject { ["pollId"] = pollId });
        foreach (var verb in new[] { "decisions.close", "decisions.extend", "decisions.remind" })
        {
            Assert.Contains(verb, Text(chairView), StringComparison.Ordinal);
        }

        await Playground.ExecuteActionAsync(Conversation(statement), MessageId(statement), DemoUser.Chair.TeamsId, "decisions.close", new JsonObject { ["pollId"] = pollId });
        var result = await events.WaitForAsync(e => e["action"]?.GetValue<string>() == "updateMessage" && CardText(e).Contains(DecisionTexts.ResultSuffix, StringComparison.Ordinal), Wait);
        Assert.Contains("Akkoord", CardText(result), StringComparison.Ordinal);
        Assert.DoesNotContain("sterker", CardText(result), StringComparison.Ordinal); // anonymous: reasons stay with nobody
    }

    [Fact]
    public async Task MultipleChoicePoll_WithMinimumAndGeenVanDeze_RefusesTooFewAndCountsTheRest()
    {
        await using var events = await Playground.OpenEventsAsync();
        var (poll, pollId) = await CreateThroughFormAsync(events, "stemming", new JsonObject
        {
            ["title"] = "Welke twee onderwerpen kiezen we voor de studiedag?",
            ["options"] = "Leesbevordering\nDigitale inclusie\nMakerspaces",
            ["multipleChoice"] = "true",
            ["minChoices"] = "2",
            ["maxChoices"] = "2",
            ["optionalOption"] = "true",
        });
        Assert.Contains("Geen van deze", CardText(poll), StringComparison.Ordinal);

        var tooFew = await VoteAsync(poll, DemoUser.Bram, new JsonObject { ["pollId"] = pollId, ["choice"] = "o1" });
        Assert.Contains("Kies minstens 2 antwoorden", Text(tooFew), StringComparison.Ordinal);
        var two = await VoteAsync(poll, DemoUser.Bram, new JsonObject { ["pollId"] = pollId, ["choice"] = "o1,o3" });
        Assert.Contains(DecisionTexts.YourVote("Leesbevordering, Makerspaces"), Text(two), StringComparison.Ordinal);
        var none = await VoteAsync(poll, DemoUser.Chloe, new JsonObject { ["pollId"] = pollId, ["choice"] = "geen-van-deze" });
        Assert.Contains(DecisionTexts.YourVote("Geen van deze"), Text(none), StringComparison.Ordinal);
        await events.WaitForAsync(
            e => e["action"]?.GetValue<string>() == "updateMessage" && CardText(e).Contains("2 van 4 leden hebben gestemd", StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task Consultation_TwoThirdsWithQuorum_OneBallotPerOrganisation_ExtendedThenClosed()
    {
        await using var events = await Playground.OpenEventsAsync();
        var (proposal, pollId) = await CreateThroughFormAsync(events, "voorstel", new JsonObject
        {
            ["title"] = "We vragen alle coöperanten: nieuwe uitleenregels",
            ["audience"] = "cooperanten",
            ["passRule"] = "twee-derde",
            ["quorum"] = "10",
        });
        Assert.Contains(DecisionTexts.Participation(0, 12, consultation: true), CardText(proposal), StringComparison.Ordinal);

        // Representatives vote for their organisation: Bram for Bibliotheek Gent, Fien for Bibliotheek Antwerpen.
        Assert.Contains(DecisionTexts.OrganisationBallot("Bibliotheek Gent", "Voor", castBy: null, byProxy: false), Text(await VoteAsync(proposal, DemoUser.Bram, new JsonObject { ["pollId"] = pollId, ["choice"] = "voor" })), StringComparison.Ordinal);
        Assert.Contains("Stem van Bibliotheek Antwerpen: Tegen", Text(await VoteAsync(proposal, DemoUser.NonMember, new JsonObject { ["pollId"] = pollId, ["choice"] = "tegen" })), StringComparison.Ordinal);

        var extended = await Playground.ExecuteActionAsync(Conversation(proposal), MessageId(proposal), DemoUser.Chair.TeamsId, "decisions.extend", new JsonObject
        {
            ["pollId"] = pollId,
            ["closesDate"] = DateTime.UtcNow.AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["closesTime"] = "12:00",
        });
        Assert.Contains(DecisionTexts.Extended, CardCopy.Of(extended), StringComparison.Ordinal);
        await Playground.ExecuteActionAsync(Conversation(proposal), MessageId(proposal), DemoUser.Chair.TeamsId, "decisions.close", new JsonObject { ["pollId"] = pollId });

        // Quorum met (2 of 12 organisations is over 10%), but 1 of 2 is not two thirds: rejected, and told in the thread.
        var result = await events.WaitForAsync(e => e["action"]?.GetValue<string>() == "updateMessage" && CardText(e).Contains(DecisionTexts.ResultSuffix, StringComparison.Ordinal), Wait);
        Assert.Contains("Verworpen", CardText(result), StringComparison.Ordinal);
        await events.WaitForAsync(e => Card(e) is null && Text(e).Contains("Verworpen", StringComparison.Ordinal), Wait);
    }

    // The chair opens the form with the command, fills it in and submits it as the Teams client does (inputs merged
    // into the action's data); returns the decision card posted in the channel and its id.
    private async Task<(JsonNode Card, string PollId)> CreateThroughFormAsync(PlaygroundEvents events, string command, JsonObject fields)
    {
        await Playground.SendMessageAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, command, mentionBot: true);
        var form = await events.WaitForAsync(e => Verbs(e).Contains("decisions.create"), Wait);
        var submit = Card(form)!["actions"]!.AsArray().First(a => a!["verb"]!.GetValue<string>() == "decisions.create")!["data"]!.AsObject().DeepClone().AsObject();
        submit["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        submit["closesTime"] = "17:00";
        foreach (var (key, value) in fields)
        {
            submit[key] = value!.DeepClone();
        }

        var created = await Playground.ExecuteActionAsync(Conversation(form), MessageId(form), DemoUser.Chair.TeamsId, "decisions.create", submit);
        Assert.Contains("gestart", created.ToJsonString(), StringComparison.Ordinal);
        var card = await events.WaitForAsync(e => Verbs(e).Contains("decisions.vote") && CardText(e).Contains(fields["title"]!.GetValue<string>().TrimEnd('.', '?'), StringComparison.Ordinal), Wait);
        return (card, Card(card)!["actions"]![0]!["data"]!["pollId"]!.GetValue<string>());
    }

    private Task<JsonNode> VoteAsync(JsonNode card, DemoUser voter, JsonObject data) =>
        Playground.ExecuteActionAsync(Conversation(card), MessageId(card), voter.TeamsId, "decisions.vote", data);

    [Theory]
    [InlineData("wie zit in de stuurgroep", "Bram Claes")]
    [InlineData("begroting", "Deelbegroting")]
    [InlineData("vergadering plannen", "meetings.schedule")]
    [InlineData("besluiten", "besluiten")]
    public async Task Channel_ChairCommands_AreAnsweredWithTheirCards(string command, string expected)
    {
        await using var events = await Playground.OpenEventsAsync();

        await Playground.SendMessageAsync(DemoUser.ChannelId, DemoUser.Chair.TeamsId, command, mentionBot: true);

        await events.WaitForAsync(e => CardText(e).Contains(expected, StringComparison.Ordinal), Wait);
    }
}
