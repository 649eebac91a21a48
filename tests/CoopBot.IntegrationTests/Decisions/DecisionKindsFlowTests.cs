using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Common;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Issue 4 over HTTP: every kind and setting, the chair's actions, comments, reminders and the register.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class DecisionKindsFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("voorstel", "Nieuw voorstel", "Bedrag in € excl. btw")]
    [InlineData("stemming", "Nieuwe stemming", "Meerdere keuzes toestaan")]
    [InlineData("stelling", "Nieuwe stelling", "Anoniem stemmen")]
    public async Task Command_Chair_GetsTheKindsForm(string command, string heading, string field)
    {
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Chair, command));

        var card = Assert.Single(_app.Connector.CallsTo("POST", "/activities")).Card!.ToJsonString();
        Assert.Contains(Json(heading), card, StringComparison.Ordinal);
        Assert.Contains(Json(field), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunityManager_WithoutASeat_MayCreateAndClose()
    {
        var communityManager = new DemoUser("user-id-6", "a1c0ffee-0000-4000-8000-000000000006", "Klaar Leroy");

        var pollId = await _flow.CreateAsync("voorstel", "Voorstel van de community manager", creator: communityManager);
        var closed = await _flow.CloseAsync(communityManager, pollId);

        Assert.Contains(DecisionTexts.ClosedCounting, CardCopy.Of(closed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voorstel_WithAmountAndAttachments_ShowsFlemishAmountAndLinks()
    {
        var pollId = await _flow.CreateAsync("voorstel", "Nieuwe leverancier bibliotheekwebsites", new JsonObject
        {
            ["amount"] = "85.000",
            ["confirmed"] = "true",
            ["attachments"] = "Offerte A https://cultuurconnect.be/offerte-a.pdf",
            ["optionalOption"] = "true",
            ["passRule"] = "twee-derde",
        });

        var card = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!.ToJsonString();
        Assert.Contains(Json("€ 85.000,00 excl. btw"), card, StringComparison.Ordinal);
        Assert.Contains("https://cultuurconnect.be/offerte-a.pdf", card, StringComparison.Ordinal);
        Assert.Contains("\"bezwaar\"", card, StringComparison.Ordinal);
        await _flow.VoteAsync(DemoUser.Bram, pollId, "voor");
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "voor");
        await _flow.VoteAsync(DemoUser.Dries, pollId, "tegen");
        await _flow.CloseAsync(DemoUser.Chair, pollId);
        var result = await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        Assert.Contains("Aangenomen", result.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stelling_HasTheFivePointScale()
    {
        await _flow.CreateAsync("stelling", "Transversale samenwerking biedt een meerwaarde voor de bibliotheken.");

        var card = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!.ToJsonString();
        foreach (var option in new[] { "helemaal-akkoord", "akkoord", "neutraal", "niet-akkoord", "helemaal-niet-akkoord" })
        {
            Assert.Contains($"\"{option}\"", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stemming_MultipleChoiceWithNoneOfThese_EnforcesTheRange()
    {
        var pollId = await _flow.CreateAsync("stemming", "Welke diensten promoten we?", new JsonObject
        {
            ["options"] = "Bieblo\nMijn Leestipper\nBibster",
            ["multipleChoice"] = "true",
            ["minChoices"] = "2",
            ["maxChoices"] = "2",
            ["optionalOption"] = "true",
        });

        Assert.Contains("Kies minstens 2", (await _flow.VoteAsync(DemoUser.Bram, pollId, "o1")).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Kies hoogstens 2", (await _flow.VoteAsync(DemoUser.Bram, pollId, "o1,o2,o3")).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("niet combineren", (await _flow.VoteAsync(DemoUser.Bram, pollId, "o1,geen-van-deze")).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Jouw stem: Geen van deze", (await _flow.VoteAsync(DemoUser.Bram, pollId, "geen-van-deze")).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Jouw stem: Bieblo, Bibster", (await _flow.VoteAsync(DemoUser.Chloe, pollId, "o1,o3")).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, (await History(pollId)).Count(e => e.Type == AuditEventTypes.Vote));
    }

    [Fact]
    public async Task ResultsAfterVote_AreHiddenUntilTheViewerVoted()
    {
        var pollId = await _flow.CreateAsync("stemming", "Verborgen resultaten", new JsonObject { ["options"] = "Ja\nNee", ["resultsVisibility"] = "na-stem" });
        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");

        var before = (await _flow.RefreshAsync(DemoUser.Chloe, pollId)).ToJsonString();
        var after = (await _flow.VoteAsync(DemoUser.Chloe, pollId, "o2")).ToJsonString();

        Assert.Contains("zichtbaar na je stem", before, StringComparison.Ordinal);
        Assert.DoesNotContain("1 stem (", before, StringComparison.Ordinal);
        Assert.Contains(" stem", after, StringComparison.Ordinal);
        Assert.DoesNotContain("zichtbaar na je stem", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReasonRequired_RefusesAVoteWithoutReason_AndKeepsTheReason()
    {
        var pollId = await _flow.CreateAsync("stelling", "Bibliotheken moeten prioritair inzetten op samenwerking binnen hun eigen gemeente.", new JsonObject { ["reasonMode"] = "verplicht" });

        var refused = await _flow.VoteAsync(DemoUser.Bram, pollId, "akkoord");
        var counted = await _flow.ActAsync(DemoUser.Bram, "decisions.vote", pollId, new JsonObject { ["choice"] = "akkoord", ["reason"] = "Omdat **samen** sterker is" });

        Assert.Contains("Geef een korte toelichting", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(Json("Jouw toelichting: Omdat \\*\\*samen\\*\\* sterker is"), counted.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_AtCloseTheChoicesAreDestroyed_AndItCannotReopen()
    {
        var pollId = await _flow.CreateAsync("voorstel", "Anoniem voorstel", new JsonObject { ["anonymous"] = "true" });
        await _flow.VoteAsync(DemoUser.Bram, pollId, "voor");
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "tegen");
        var ownView = await _flow.VoteAsync(DemoUser.Chloe, pollId, "voor");

        // While open the voter sees (and may change) their vote, but storage holds only sealed choices.
        Assert.Contains("Jouw stem: Voor", ownView.ToJsonString(), StringComparison.Ordinal);
        var table = await _app.GetService<CoopBot.Storage.ITableClientProvider>().GetTableAsync(DecisionEntities.TableName);
        var open = await BallotRowsAsync(table, pollId);
        Assert.Equal(2, open.Count);
        Assert.All(open, row => Assert.True(row.GetString("Choice") is null && row.GetString("Sealed") is not null));

        await _flow.CloseAsync(DemoUser.Chair, pollId);
        await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);

        // Counting deleted the key with the same write that stored the result; the tidying then drops the sealed rows.
        var poll = await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None);
        Assert.Null(poll!.BallotKey);
        Assert.Equal(2, poll.Result!.ToTally().CountFor("voor"));
        await Eventually.TrueAsync(async () => (await BallotRowsAsync(table, pollId)).All(row => !DecisionEntities.HoldsChoice(row)), PollFlow.Wait, "sealed ballots purged");
        Assert.All(await BallotRowsAsync(table, pollId), row => Assert.True(row.GetBoolean("Participated")));
        Assert.All((await History(pollId)).Where(e => e.Type == AuditEventTypes.Vote), e => Assert.Null(e.After));
        var reopen = await _flow.ActAsync(DemoUser.Chair, "decisions.reopen", pollId, Deadline(2));
        Assert.Contains("kan niet heropend worden", reopen.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<List<Azure.Data.Tables.TableEntity>> BallotRowsAsync(Azure.Data.Tables.TableClient table, string pollId)
    {
        var rows = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>($"PartitionKey eq '{pollId}' and RowKey lt '~'"))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Chair_ExtendsClosesWithStatementAndReopens_RegisterFollows()
    {
        var pollId = await _flow.CreatePollAsync("Welke leverancier?", "A", "B");
        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");

        Assert.Contains(DecisionTexts.Extended.TrimEnd('.'), (await _flow.ActAsync(DemoUser.Chair, "decisions.extend", pollId, Deadline(5))).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(DecisionTexts.OnlyManagersMayManage.Message, CardCopy.Of(await _flow.ActAsync(DemoUser.Bram, "decisions.extend", pollId, Deadline(6))), StringComparison.Ordinal);
        await _flow.ActAsync(DemoUser.Chair, "decisions.close", pollId, new JsonObject { ["statement"] = "We gaan verder met <b>A</b>." });
        await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        await Eventually.TrueAsync(() => _app.Connector.Calls.Any(c => c.Text?.Contains("Toelichting: We gaan verder met <b>A</b>.", StringComparison.Ordinal) == true), PollFlow.Wait, "outcome with statement");

        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "besluiten"));
        var register = _app.Connector.CallsTo("POST", "/activities").Last().Card!.ToJsonString();
        Assert.Contains("Welke leverancier?", register, StringComparison.Ordinal);
        Assert.Contains("Meeste stemmen: A", register, StringComparison.Ordinal);

        var reopened = await _flow.ActAsync(DemoUser.Chair, "decisions.reopen", pollId, Deadline(3));
        Assert.Contains(DecisionTexts.Reopened.TrimEnd('.'), reopened.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Jouw stem", (await _flow.VoteAsync(DemoUser.Chloe, pollId, "o2")).ToJsonString(), StringComparison.Ordinal);

        // Closed again, it is counted again: the new result includes the vote cast after reopening.
        await _flow.CloseAsync(DemoUser.Chair, pollId);
        await Eventually.TrueAsync(
            async () => (await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))?.Result?.Voters == 2, PollFlow.Wait, "counted again after reopening");
        var types = (await History(pollId)).Select(e => e.Type).ToList();
        Assert.Contains(AuditEventTypes.Extended, types);
        Assert.Contains(AuditEventTypes.Closed, types);
        Assert.Contains(AuditEventTypes.Reopened, types);
        Assert.Equal(2, types.Count(t => t == AuditEventTypes.Finalized));
    }

    [Fact]
    public async Task Reageer_PostsTheCommentLiterallyInTheThread()
    {
        var pollId = await _flow.CreatePollAsync();

        var response = await _flow.ActAsync(DemoUser.NonMember, "decisions.comment", pollId, new JsonObject { ["comment"] = "**Let op** <script>alert(1)</script>" });

        Assert.Contains(DecisionTexts.CommentPosted.TrimEnd('.'), response.ToJsonString(), StringComparison.Ordinal);
        var reply = _app.Connector.CallsTo("POST", "/activities").Single(c => c.Text?.Contains("Reactie van", StringComparison.Ordinal) == true);
        Assert.Equal("plain", reply.Body!["textFormat"]!.GetValue<string>());
        Assert.Contains("**Let op** <script>alert(1)</script>", reply.Text, StringComparison.Ordinal);
        var comments = await _app.GetService<DecisionService>().GetCommentsAsync(pollId, CancellationToken.None);
        Assert.Equal(DemoUser.NonMember.AadObjectId, Assert.Single(comments).AuthorId);
        Assert.Contains("Je reactie is leeg", (await _flow.ActAsync(DemoUser.Bram, "decisions.comment", pollId, new JsonObject { ["comment"] = " " })).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_ByChair_MentionsExactlyTheNonVoters()
    {
        var pollId = await _flow.CreatePollAsync();
        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");

        var response = await _flow.ActAsync(DemoUser.Chair, "decisions.remind", pollId);

        Assert.Contains(DecisionTexts.Reminded.TrimEnd('.'), response.ToJsonString(), StringComparison.Ordinal);
        var reminder = _app.Connector.CallsTo("POST", "/activities").Single(c => c.Text?.StartsWith("Herinnering", StringComparison.Ordinal) == true);
        var mentioned = reminder.Body!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([DemoUser.Chloe.TeamsId, DemoUser.Dries.TeamsId, DemoUser.Els.TeamsId], mentioned.Order());
        Assert.Contains("<at>Chloë Maes</at>", reminder.Text, StringComparison.Ordinal);
        Assert.Contains(DecisionTexts.OnlyManagersMayManage.Message, CardCopy.Of(await _flow.ActAsync(DemoUser.Bram, "decisions.remind", pollId)), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<AuditEvent>> History(string pollId) => _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);

    private static JsonObject Deadline(int daysAhead) => new()
    {
        ["closesDate"] = DateTime.UtcNow.AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["closesTime"] = "17:00",
    };

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
