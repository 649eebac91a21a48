using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Submissions;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Submissions;

/// <summary>Issue 4 "voorstel indienen" over HTTP: submit in personal chat, support in the channel, the chair's triage, refusals.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class SubmissionFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Target = "basisinfrastructuur|bibliotheekwebsites";
    private static readonly DemoUser Fien = DemoUser.NonMember;
    private static readonly DemoUser Ward = new("user-id-19", "a1c0ffee-0000-4000-8000-000000000019", "Ward Smets");

    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Command_InPersonalChat_GivesTheFormWithTheServicesOfItsStuurgroepen()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, Fien, "voorstel indienen"));

        var card = Assert.Single(_app.Connector.CallsTo("POST", "/activities")).Card!;
        Assert.Contains(Target, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("submissions.submit", card["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_InTheChannel_PointsToPersonalChat()
    {
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, Fien, "voorstel indienen"));

        Assert.Contains(SubmissionTexts.PersonalChatOnly, Assert.Single(_app.Connector.CallsTo("POST", "/activities")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_Support_TakeUpAsConsultation_WholeFlow()
    {
        var submitted = await SubmitAsync(Fien, "Zomeropeningsuren in de bibliotheekwebsites", "€ 12.500");
        Assert.Contains(SubmissionTexts.SubmittedHeading, TextOf(submitted["value"]), StringComparison.Ordinal);
        var channelCard = _app.Connector.CallsTo("POST", "/v3/conversations").Last(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains("€ 12.500,00 excl. btw", TextOf(channelCard.Card), StringComparison.Ordinal);
        var id = channelCard.Card!["actions"]![0]!["data"]!["submissionId"]!.GetValue<string>();

        await ActAsync(DemoUser.Bram, "submissions.support", id);
        var again = await ActAsync(DemoUser.Bram, "submissions.support", id);
        Assert.Contains(SubmissionTexts.AlreadySupported, TextOf(again["value"]), StringComparison.Ordinal);
        var second = await ActAsync(DemoUser.Chloe, "submissions.support", id);
        Assert.Contains("2 coöperanten", TextOf(second["value"]), StringComparison.Ordinal);

        var taken = await ActAsync(DemoUser.Chair, "submissions.takeup", id, new JsonObject { ["audience"] = "cooperanten" });
        Assert.Contains("Opgenomen", TextOf(taken["value"]), StringComparison.Ordinal);
        Assert.Null(taken["value"]!["actions"]);

        var submission = (await _app.GetService<SubmissionService>().FindAsync(id, CancellationToken.None))!.Submission;
        Assert.Equal(SubmissionStatus.TakenUp, submission.Status);
        var poll = (await _app.GetService<DecisionService>().FindAsync(submission.PollId!, CancellationToken.None))!;
        Assert.Equal(Audience.Cooperants, poll.Definition.Settings.Audience);
        Assert.Equal("Zomeropeningsuren in de bibliotheekwebsites", poll.Definition.Title);
        Assert.Equal(1_250_000, poll.Definition.Amount!.Value.Cents);
        await WaitForPostAsync(_app, "/activities", "is opgenomen als raadpleging van alle coöperanten");
        var register = await _app.GetService<DecisionRegister>().LatestAsync("basisinfrastructuur", 20, RegisterScope.Intern, CancellationToken.None);
        Assert.Contains(register, e => e.ItemId == id && e.Status == "Opgenomen");
    }

    [Fact]
    public async Task AskInfo_ThenDecline_SubmitterToldEachStep_AndTheRegisterShowsIt()
    {
        await SubmitAsync(Fien, "Meer e-boeken voor kleine bibliotheken");
        var id = LastSubmissionId();

        var asked = await ActAsync(DemoUser.Chair, "submissions.askinfo", id, new JsonObject { ["question"] = "Welke bibliotheken doen mee?" });
        Assert.Contains("Meer informatie gevraagd", TextOf(asked["value"]), StringComparison.Ordinal);
        await WaitForPostAsync(_app, "/activities", "vraagt meer informatie over je voorstel");

        var declined = await ActAsync(DemoUser.Chair, "submissions.decline", id, new JsonObject { ["reason"] = "Dit hoort bij de stuurgroep Digitale collecties." });
        Assert.Contains("Afgewezen", TextOf(declined["value"]), StringComparison.Ordinal);
        await WaitForPostAsync(_app, "/activities", "werd niet opgenomen");

        var register = await _app.GetService<DecisionRegister>().LatestAsync("basisinfrastructuur", 20, RegisterScope.Intern, CancellationToken.None);
        var entry = Assert.Single(register, e => e.ItemId == id);
        Assert.Equal("Afgewezen", entry.Status);
        Assert.Equal("Dit hoort bij de stuurgroep Digitale collecties.", entry.OutcomeStatement);
    }

    [Fact]
    public async Task TakeUp_TwiceAtOnce_CreatesOneDecision()
    {
        await SubmitAsync(Fien, "Een voorstel dat twee keer wordt opgenomen");
        var id = LastSubmissionId();
        var threadsBefore = _app.Connector.CallsTo("POST", "/v3/conversations").Count(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));

        var responses = await Task.WhenAll(
            ActAsync(DemoUser.Chair, "submissions.takeup", id, new JsonObject { ["audience"] = "stuurgroep" }),
            ActAsync(DemoUser.Chair, "submissions.takeup", id, new JsonObject { ["audience"] = "stuurgroep" }));

        Assert.Single(responses, r => TextOf(r["value"]).Contains("De indiener is verwittigd", StringComparison.Ordinal));
        Assert.Single(responses, r => TextOf(r["value"]).Contains("al behandeld", StringComparison.Ordinal));
        var threads = _app.Connector.CallsTo("POST", "/v3/conversations").Count(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && c.Body?["isGroup"]?.GetValue<bool>() == true);
        Assert.Equal(threadsBefore + 1, threads);
    }

    [Fact]
    public async Task Triage_NotTheChair_IsRefused_AndNothingChanges()
    {
        await SubmitAsync(Fien, "Een voorstel");
        var id = LastSubmissionId();

        var response = await ActAsync(DemoUser.Bram, "submissions.takeup", id, new JsonObject { ["audience"] = "stuurgroep" });

        Assert.Contains(SubmissionTexts.OnlyManagers.Message, TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Submitted, (await _app.GetService<SubmissionService>().FindAsync(id, CancellationToken.None))!.Submission.Status);
    }

    [Fact]
    public async Task Decline_WithoutReason_IsRefused()
    {
        await SubmitAsync(Fien, "Een voorstel");
        var id = LastSubmissionId();

        var response = await ActAsync(DemoUser.Chair, "submissions.decline", id, new JsonObject { ["reason"] = " " });

        Assert.Contains("Geef een reden op", TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Submitted, (await _app.GetService<SubmissionService>().FindAsync(id, CancellationToken.None))!.Submission.Status);
    }

    [Theory]
    [InlineData("user-id-19", "a1c0ffee-0000-4000-8000-000000000019", Target, "Een titel", "Enkel coöperanten")]
    [InlineData("user-id-5", "a1c0ffee-0000-4000-8000-000000000005", "beleven|bibster-bestaat-niet", "Een titel", "Kies een dienst")]
    [InlineData("user-id-5", "a1c0ffee-0000-4000-8000-000000000005", Target, " ", "Geef je voorstel een titel.")]
    public async Task Submit_Invalid_RefusedInDutch_AndNothingPosted(string teamsId, string aadObjectId, string target, string title, string message)
    {
        var response = await _app.InvokeAsync(PersonalInvoke(
            _app.ServiceUrl, new DemoUser(teamsId, aadObjectId, "Iemand"), "submissions.submit", new JsonObject { ["target"] = target, ["title"] = title }));

        Assert.Contains(message, TextOf(response), StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Fact]
    public async Task Support_ByANonCooperant_IsRefused()
    {
        await SubmitAsync(Fien, "Een voorstel");

        var response = await ActAsync(Ward, "submissions.support", LastSubmissionId());

        Assert.Contains(SubmissionTexts.NotACooperant.Message, TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Contains("0 coöperanten", TextOf(response["value"]), StringComparison.Ordinal);
    }

    private Task<JsonNode> SubmitAsync(DemoUser from, string title, string? amount = null) =>
        _app.InvokeAsync(PersonalInvoke(
            _app.ServiceUrl, from, "submissions.submit", new JsonObject { ["target"] = Target, ["title"] = title, ["description"] = "**Toelichting** <b>html</b>", ["amount"] = amount }));

    private Task<JsonNode> ActAsync(DemoUser actor, string verb, string id, JsonObject? fields = null)
    {
        var data = new JsonObject { ["submissionId"] = id };
        foreach (var (key, value) in fields ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, actor, verb, data));
    }

    private string LastSubmissionId() =>
        _app.Connector.CallsTo("POST", "/v3/conversations").Last(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal))
            .Card!["actions"]![0]!["data"]!["submissionId"]!.GetValue<string>();
}
