using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Hosting.Routing;

namespace CoopBot.IntegrationTests.Reach;

/// <summary>Issue 18: the message extension over HTTP with the documented invoke payloads, against the real host and Azurite.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class MessageExtensionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("nieuweStemming", "Nieuwe stemming", "stemming")]
    [InlineData("nieuwVoorstel", "Nieuw voorstel", "voorstel")]
    [InlineData("nieuweStelling", "Nieuwe stelling", "stelling")]
    public async Task FetchTask_Chair_OpensTheCreationFormAsADialog(string commandId, string title, string form)
    {
        var response = await _app.InvokeAsync(TeamsActivity.FetchTask(_app.ServiceUrl, DemoUser.Chair, commandId));

        Assert.Equal("continue", response["task"]!["type"]!.GetValue<string>());
        Assert.Equal(title, response["task"]!["value"]!["title"]!.GetValue<string>());
        var card = response["task"]!["value"]!["card"]!["content"]!;
        var submit = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal("Action.Submit", submit!["type"]!.GetValue<string>());
        Assert.Equal("decisions.create", submit["data"]!["verb"]!.GetValue<string>());
        Assert.Equal(form, submit["data"]!["form"]!.GetValue<string>());
        var validation = await ReferenceCardValidator.ValidateAsync([card]);
        Assert.True(validation[0].IsClean, validation[0].ToString());
    }

    [Fact]
    public async Task FetchTask_MemberWhoMayNotStartOne_GetsTheDutchRefusal()
    {
        var response = await _app.InvokeAsync(TeamsActivity.FetchTask(_app.ServiceUrl, DemoUser.Bram, "nieuweStemming"));

        Assert.Equal("message", response["task"]!["type"]!.GetValue<string>());
        Assert.Equal(DecisionTexts.OnlyManagersMayCreate.Message, response["task"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task MessageAction_OpensTheProposalFormFilledWithTheMessage()
    {
        var html = "<p>Nieuwe leverancier voor de bibliotheekwebsites</p><p>Offerte A is 20&nbsp;% goedkoper &amp; sneller.</p>";

        var response = await _app.InvokeAsync(TeamsActivity.MessageAction(_app.ServiceUrl, DemoUser.Chair, html));

        var body = response["task"]!["value"]!["card"]!["content"]!["body"]!.AsArray();
        Assert.Equal("Nieuwe leverancier voor de bibliotheekwebsites", Input(body, "title")!["value"]!.GetValue<string>());
        Assert.Equal("Nieuwe leverancier voor de bibliotheekwebsites\nOfferte A is 20\u00a0% goedkoper & sneller.", Input(body, "description")!["value"]!.GetValue<string>());
        Assert.Equal("voorstel", response["task"]!["value"]!["card"]!["content"]!["actions"]![0]!["data"]!["form"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitAction_Chair_CreatesTheDecisionAndPostsItsCardInTheChannel()
    {
        var response = await _app.InvokeAsync(TeamsActivity.SubmitAction(_app.ServiceUrl, DemoUser.Chair, "nieuweStemming", Form("Welke datum voor Connect & Co?")));

        Assert.Equal("message", response["task"]!["type"]!.GetValue<string>());
        Assert.StartsWith("Stemming gestart", response["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var thread = Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"));
        var poll = await _app.GetService<DecisionService>().FindAsync(PollFlow.PollIdOf(thread.Card!), CancellationToken.None);
        Assert.Equal("Welke datum voor Connect & Co?", poll!.Definition.Title);
        Assert.Equal(["Donderdag", "Vrijdag"], poll.Definition.Options.Select(o => o.Label));
    }

    [Fact]
    public async Task SubmitAction_Member_GetsTheFormBackWithTheRefusal_AndNothingIsCreated()
    {
        var response = await _app.InvokeAsync(TeamsActivity.SubmitAction(_app.ServiceUrl, DemoUser.Bram, "nieuweStemming", Form("Mag ik dit?")));

        Assert.Equal("continue", response["task"]!["type"]!.GetValue<string>());
        // The refusal is shown literally on the form (markdown-escaped, so compare up to the final full stop).
        Assert.Contains(DecisionTexts.OnlyManagersMayCreate.Message.TrimEnd('.'), response["task"]!["value"]!["card"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Fact]
    public async Task SubmitAction_ForAnotherStuurgroep_IsRefused()
    {
        var fields = Form("Elders");
        fields["steeringGroupId"] = "inspireren";

        var response = await _app.InvokeAsync(TeamsActivity.SubmitAction(_app.ServiceUrl, DemoUser.Chair, "nieuweStemming", fields));

        Assert.Equal("message", response["task"]!["type"]!.GetValue<string>());
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Theory]
    [InlineData("fetchTask")]
    [InlineData("submitAction")]
    public async Task UnknownActionCommand_GetsATypedDutchMessage(string invoke)
    {
        var activity = invoke == "fetchTask"
            ? TeamsActivity.FetchTask(_app.ServiceUrl, DemoUser.Chair, "bestaatNiet")
            : TeamsActivity.SubmitAction(_app.ServiceUrl, DemoUser.Chair, "bestaatNiet", Form("x"));

        var response = await _app.InvokeAsync(activity);

        Assert.Equal("message", response["task"]!["type"]!.GetValue<string>());
        Assert.Equal(RoutingTexts.UnknownComposeCommand, response["task"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownSearchCommand_GetsAComposeExtensionMessage()
    {
        var response = await _app.InvokeAsync(TeamsActivity.Query(_app.ServiceUrl, DemoUser.Chair, "x", commandId: "zoekIets"));

        Assert.Equal("message", response["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal(RoutingTexts.UnknownComposeCommand, response["composeExtension"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_FindsDecidedItemsByTitleReferenceAndStuurgroep_AndUnfurlsItsLink()
    {
        var flow = new PollFlow(_app);
        var pollId = await flow.CreatePollAsync("Welke leverancier kiezen we voor de websites?", "A", "B");
        await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        await flow.CloseAsync(DemoUser.Chair, pollId);
        await flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        await Eventually.TrueAsync(
            async () => (await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", Domain.Decisions.RegisterScope.Intern, CancellationToken.None)).Count > 0,
            PollFlow.Wait,
            "the decision in the register");

        // Issue 16: the card shows the decision's reference, and a reference finds it as well as the id.
        var reference = (await _app.GetService<DecisionService>().FindAsync(pollId, CancellationToken.None))!.Reference!;
        foreach (var text in new[] { "leverancier", pollId, "basisinfrastructuur", reference, reference.ToLowerInvariant() })
        {
            var response = await _app.InvokeAsync(TeamsActivity.Query(_app.ServiceUrl, DemoUser.NonMember, text));
            Assert.Equal("result", response["composeExtension"]!["type"]!.GetValue<string>());
            var result = Assert.Single(response["composeExtension"]!["attachments"]!.AsArray());
            Assert.Equal("application/vnd.microsoft.card.adaptive", result!["contentType"]!.GetValue<string>());
            Assert.Contains(reference, result["content"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal("Welke leverancier kiezen we voor de websites?", result["preview"]!["content"]!["title"]!.GetValue<string>());
        }

        var none = await _app.InvokeAsync(TeamsActivity.Query(_app.ServiceUrl, DemoUser.Chair, "krantenarchief"));
        Assert.Equal("message", none["composeExtension"]!["type"]!.GetValue<string>());

        foreach (var path in new[] { pollId, reference, reference.ToLowerInvariant() })
        {
            var unfurl = await _app.InvokeAsync(TeamsActivity.QueryLink(_app.ServiceUrl, DemoUser.Bram, $"https://coopbot-test.azurewebsites.net/besluiten/{path}"));
            Assert.Contains(reference, Assert.Single(unfurl["composeExtension"]!["attachments"]!.AsArray())!["content"]!.ToJsonString(), StringComparison.Ordinal);
        }

        var elsewhere = await _app.InvokeAsync(TeamsActivity.QueryLink(_app.ServiceUrl, DemoUser.Bram, "https://coopbot-test.azurewebsites.net/iets/anders"));
        Assert.Equal("message", elsewhere["composeExtension"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_ConfidentialItem_IsHiddenFromWhoeverHasNoNda()
    {
        var flow = new PollFlow(_app);
        var pollId = await flow.CreateAsync("voorstel", "Vertrouwelijke offerte leverancier", new JsonObject { ["confidential"] = "true" });
        await flow.ActAsync(DemoUser.Chair, "decisions.close", pollId);
        await Eventually.TrueAsync(
            async () => (await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", Domain.Decisions.RegisterScope.Intern, CancellationToken.None)).Count > 0,
            PollFlow.Wait,
            "the decision in the register");

        var response = await _app.InvokeAsync(TeamsActivity.Query(_app.ServiceUrl, DemoUser.Bram, "offerte"));
        var unfurl = await _app.InvokeAsync(TeamsActivity.QueryLink(_app.ServiceUrl, DemoUser.Bram, $"https://coopbot-test.azurewebsites.net/besluiten/{pollId}"));

        Assert.Equal("message", response["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal("message", unfurl["composeExtension"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain("offerte", response.ToJsonString() + unfurl.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    private static JsonObject Form(string title) => new()
    {
        ["title"] = title,
        ["options"] = "Donderdag\nVrijdag",
        ["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["closesTime"] = "17:00",
    };

    private static JsonNode? Input(JsonArray body, string id) => body.Single(e => (string?)e!["id"] == id);
}
