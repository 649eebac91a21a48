using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Issue 4 "bad input gets a Dutch message and writes nothing", case by case over HTTP.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class BadInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string, string, string> CreationRows => new()
    {
        { "stemming", " ", "options", "Ja\nNee" },
        { "stemming", "Vraag", "options", string.Join('\n', Enumerable.Range(1, 21).Select(i => $"Optie {i}")) },
        { "stemming", "Vraag", "options", "Alleen één" },
        { "voorstel", "Voorstel", "amount", "85.50" },
        { "voorstel", "Voorstel", "amount", "incl. btw 85.000" },
        { "voorstel", "Voorstel", "attachments", "javascript:alert(1)" },
        { "stemming", "Vraag", "closesDate", "2020-01-01" },
        { "stemming", "Vraag", "closesDate", "morgen" },
        { "stemming", "Vraag", "resultsVisibility", "iedereen-behalve-ik" },
        { "stemming", "Vraag", "quorum", "veel" },
    };

    [Theory]
    [MemberData(nameof(CreationRows))]
    public async Task Create_BadInput_ShowsTheFormWithADutchMessageAndPostsNothing(string form, string title, string field, string value)
    {
        var fields = new JsonObject { ["options"] = "Ja\nNee", [field] = value };

        var response = await _flow.SubmitFormAsync(form, title, fields);

        var text = response.ToJsonString();
        Assert.Contains("\"color\":\"Attention\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gestart", text, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Theory]
    [InlineData("Geef een vraag of titel op", " ", "options", "Ja\nNee")]
    [InlineData("Maximaal 20 antwoordmogelijkheden", "Vraag", "options", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21")]
    [InlineData("minstens 5 minuten in de toekomst", "Vraag", "closesDate", "2020-01-01")]
    public async Task Create_BadInput_NamesTheProblemInDutch(string message, string title, string field, string value)
    {
        var response = await _flow.SubmitFormAsync("stemming", title, new JsonObject { ["options"] = "Ja\nNee", [field] = value });

        Assert.Contains(message, response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ByMember_IsRefusedAndPostsNothing()
    {
        var response = await _flow.SubmitFormAsync("voorstel", "Voorstel van een lid", creator: DemoUser.Bram);

        Assert.Contains(DecisionTexts.OnlyManagersMayCreate.Message, CardCopy.Of(response), StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Theory]
    [InlineData("o9", null, "hoort niet bij deze stemming")]
    [InlineData("o1,o2", null, "precies één")]
    [InlineData("", null, "Kies eerst een antwoord")]
    [InlineData("o1", 501, "te lang")]
    public async Task Vote_BadInput_IsRefusedInDutchAndNotRecorded(string choice, int? reasonLength, string message)
    {
        var pollId = await _flow.CreateAsync("stemming", "Vraag", new JsonObject { ["options"] = "A\nB", ["reasonMode"] = "optioneel" });

        var response = await _flow.ActAsync(DemoUser.Bram, "decisions.vote", pollId, new JsonObject
        {
            ["choice"] = choice,
            ["reason"] = reasonLength is { } n ? new string('x', n) : null,
        });

        Assert.Contains(Json(message), response.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _app.GetService<DecisionStore>().GetBallotsAsync(pollId, CancellationToken.None));
        Assert.DoesNotContain(await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None), e => e.Type == AuditEventTypes.Vote);
    }

    [Fact]
    public async Task Vote_AfterCloseOrByNonMember_IsRefusedAndNotRecorded()
    {
        var pollId = await _flow.CreatePollAsync();
        var nonMember = await _flow.VoteAsync(DemoUser.NonMember, pollId, "o1");
        await _flow.CloseAsync(DemoUser.Chair, pollId);
        var late = await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");

        Assert.Contains("Enkel de leden van de stuurgroep", nonMember.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Deze stemming is gesloten", late.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _app.GetService<DecisionStore>().GetBallotsAsync(pollId, CancellationToken.None));
    }

    [Fact]
    public async Task MarkdownAndHtml_InTitleAndOptions_AreShownAsText()
    {
        await _flow.CreateAsync("stemming", "**Vet** <b>html</b> [link](http://x)", new JsonObject { ["options"] = "<i>A</i>\n_B_" });

        var card = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!.ToJsonString();
        Assert.Contains(Json("\\*\\*Vet\\*\\* \\<b\\>html\\</b\\> \\[link\\]\\(http://x\\)"), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPollId_GetsDutchRefusal()
    {
        var response = await _flow.VoteAsync(DemoUser.Bram, "bestaat/niet#", "o1");

        Assert.Contains(DecisionTexts.PollNotFound.Message, CardCopy.Of(response), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokenActionRows()
    {
        var rows = new TheoryData<string, string>();
        string[] verbs = ["decisions.vote", "decisions.refresh", "decisions.close", "decisions.extend", "decisions.reopen", "decisions.remind", "decisions.comment", "decisions.outcome", "decisions.proxy", "nda.acknowledge"];
        foreach (var verb in verbs)
        {
            rows.Add(verb, """{"choice":"o1"}""");
            rows.Add(verb, """{"pollId":"  ","comment":"x"}""");
            rows.Add(verb, """{"pollId":42}""");
        }

        return rows;
    }

    /// <summary>Issue 14: each verb's typed action is parsed once in the route; a card without a usable poll id is refused there.</summary>
    [Theory]
    [MemberData(nameof(BrokenActionRows))]
    public async Task DecisionAction_WithoutAUsablePollId_IsRefusedInDutchAndWritesNothing(string verb, string data)
    {
        var before = await StorageSnapshot.TakeAsync(_app);

        var response = await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, verb, JsonNode.Parse(data)!.AsObject()));

        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
        var message = response["value"]!["message"]!.GetValue<string>();
        Assert.Contains(message, new[] { DecisionTexts.PollNotFound.Message, "Deze kaart stuurde onvolledige gegevens. Vernieuw de kaart en probeer opnieuw." });
        Assert.Equal(data.Contains("42", StringComparison.Ordinal), message.StartsWith("Deze kaart", StringComparison.Ordinal));
        Assert.Empty(StorageSnapshot.Changes(before, await StorageSnapshot.TakeAsync(_app)));
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
