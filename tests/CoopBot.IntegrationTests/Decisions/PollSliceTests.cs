using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Decisions;
using CoopBot.Help;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Issue 2 §6: the vertical slice, end to end over HTTP with real activity JSON and real Azurite.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class PollSliceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Stemming_ChairMentionsBot_GetsCreationForm()
    {
        using var response = await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Chair, "stemming"));

        Assert.Equal(200, (int)response.StatusCode);
        var sent = Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
        Assert.Contains(DecisionTexts.PollHeading, sent.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("decisions.create", sent.Card!["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stemming_NonChair_IsToldOnlyTheChairCanStart()
    {
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "stemming"));

        var sent = Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
        Assert.Contains(DecisionTexts.OnlyManagersMayCreate.Message, sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_MemberVotesAndChangesVote_PerUserViewAndSharedCountFollow()
    {
        var pollId = await _flow.CreatePollAsync();

        var first = await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        Assert.Contains("Jouw stem: Leverancier A", first.ToJsonString(), StringComparison.Ordinal);
        await _flow.WaitForCardUpdateAsync("1 van 4 leden heeft gestemd");

        var changed = await _flow.VoteAsync(DemoUser.Bram, pollId, "o2");
        Assert.Contains("Jouw stem: Leverancier B", changed.ToJsonString(), StringComparison.Ordinal);
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "o2");

        var shared = await _flow.WaitForCardUpdateAsync("2 van 4 leden hebben gestemd");
        Assert.Contains("2 stemmen", shared.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_NonMember_GetsDutchRefusalAndNothingIsCounted()
    {
        var pollId = await _flow.CreatePollAsync();

        var response = await _flow.VoteAsync(DemoUser.NonMember, pollId, "o1");

        Assert.Contains("Enkel de leden van de stuurgroep stemmen mee", response.ToJsonString(), StringComparison.Ordinal);
        var view = await _flow.RefreshAsync(DemoUser.Chair, pollId);
        Assert.Contains("0 van 4 leden hebben gestemd", view.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_RetriedInvokeWithSameActivityId_IsCountedOnce()
    {
        var pollId = await _flow.CreatePollAsync();

        await _flow.VoteAsync(DemoUser.Dries, pollId, "o3", activityId: "f:retried-activity");
        var retry = await _flow.VoteAsync(DemoUser.Dries, pollId, "o3", activityId: "f:retried-activity");

        Assert.Contains("Jouw stem: Nog niet beslissen", retry.ToJsonString(), StringComparison.Ordinal);
        var history = await _app.GetService<CoopBot.Decisions.DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == "vote");
    }

    [Fact]
    public async Task Close_ByChair_PostsResultCardAndRefusesLateVotes()
    {
        var pollId = await _flow.CreatePollAsync();
        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        await _flow.VoteAsync(DemoUser.Chloe, pollId, "o1");
        await _flow.VoteAsync(DemoUser.Els, pollId, "o2");

        var closed = await _flow.CloseAsync(DemoUser.Chair, pollId);
        Assert.Contains(DecisionTexts.ClosedCounting, CardCopy.Of(closed), StringComparison.Ordinal);

        var late = await _flow.VoteAsync(DemoUser.Dries, pollId, "o2");
        Assert.Contains("Deze stemming is gesloten", late.ToJsonString(), StringComparison.Ordinal);

        var result = await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        Assert.Contains("3 van 4 leden hebben gestemd", result.Card!.ToJsonString(), StringComparison.Ordinal);
        await Eventually.TrueAsync(
            () => _app.Connector.Calls.Any(c => c.Text?.Contains("Meeste stemmen: Leverancier A", StringComparison.Ordinal) == true),
            PollFlow.Wait,
            "the outcome message in the thread");
    }

    [Fact]
    public async Task Close_ByMember_IsRefused()
    {
        var pollId = await _flow.CreatePollAsync();

        var response = await _flow.CloseAsync(DemoUser.Bram, pollId);

        Assert.Contains(DecisionTexts.OnlyManagersMayClose.Message, CardCopy.Of(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("o9")]
    [InlineData("o1,o2")]
    [InlineData("")]
    public async Task Vote_InvalidChoice_IsRefusedWithDutchMessage(string choice)
    {
        var pollId = await _flow.CreatePollAsync();

        var response = await _flow.VoteAsync(DemoUser.Bram, pollId, choice);

        Assert.Contains("\"color\":\"Attention\"", response.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jouw stem", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_InPersonalChat_ShowsDutchHelpCard()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.NonMember, "help"));

        var sent = Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
        Assert.Contains(HelpTexts.Title, sent.Card!.ToJsonString(), StringComparison.Ordinal);
    }
}
