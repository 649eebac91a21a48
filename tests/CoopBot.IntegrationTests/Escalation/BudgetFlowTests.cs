using CoopBot.Budget;
using CoopBot.Domain.Escalation;
using CoopBot.Escalation;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Escalation;

/// <summary>Issue 6, deelbegroting: the overrun warning, the chair's recorded acknowledgement before the vote opens, "begroting".</summary>
[Collection(AzuriteShared.Collection)]
public sealed class BudgetFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private EscalationFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new EscalationFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private int Year => _app.GetService<BudgetService>().YearOf(DateTimeOffset.UtcNow);

    [Fact]
    public async Task OverBudget_VoteOpensOnlyAfterTheChairAcknowledged_AndTheAcknowledgementIsRecorded()
    {
        Assert.True((await _app.GetService<BudgetService>().SetAsync("basisinfrastructuur", Year, "100.000", CancellationToken.None)).IsSuccess);

        var preview = (await _flow.SubmitAsync("Nieuwe zoekmachine", "120.000", confirmed: false)).ToJsonString();
        Assert.Contains(EscalationFlow.Json("overschrijdt de deelbegroting met € 20.000,00 excl. btw"), preview, StringComparison.Ordinal);
        Assert.Contains("\"budgetAcknowledged\"", preview, StringComparison.Ordinal);

        var notAcknowledged = (await _flow.SubmitAsync("Nieuwe zoekmachine", "120.000", confirmed: true)).ToJsonString();
        Assert.Contains(EscalationFlow.Json("De voorzitter moet die overschrijding eerst erkennen"), notAcknowledged, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));

        var before = DateTimeOffset.UtcNow;
        var pollId = await _flow.OpenAsync("Nieuwe zoekmachine", "120.000", acknowledged: true);

        var record = await _flow.StateAsync(pollId);
        Assert.Equal((DemoUser.Chair.AadObjectId, 2_000_000L, 10_000_000L), (record.Budget!.AcknowledgedById, record.Budget.ShortfallCents, record.Budget.RemainingCents));
        Assert.InRange(record.Budget.AcknowledgedAt!.Value, before, DateTimeOffset.UtcNow);
        var history = await _app.GetService<EscalationService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Equal([EscalationEventTypes.Concept, EscalationEventTypes.BudgetAcknowledged, EscalationEventTypes.VoteOpened], history.Select(e => e.Type));
        var card = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!.ToJsonString();
        Assert.Contains(EscalationFlow.Json("erkend door An Peeters"), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Begroting_ShowsBudgetCommittedAndRemaining_ApprovedAndConfirmedCommitmentsReduceIt()
    {
        await _app.GetService<BudgetService>().SetAsync("basisinfrastructuur", Year, "200.000", CancellationToken.None);
        var pollId = await _flow.OpenAsync("Extra licenties", "60.000");
        await _flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(() => _flow.BodyCards().Count >= 1, PollFlow.Wait, "the directie's confirmation card");

        var reserved = await BegrotingAsync();
        Assert.Contains(EscalationFlow.Json("€ 60.000,00"), reserved, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json("€ 140.000,00"), reserved, StringComparison.Ordinal);

        await _flow.ActAsync(BodyUsers.Ilse, EscalationVerbs.Confirm, pollId, "Directie");
        Assert.Equal(EscalationStatus.Definitief, (await _flow.StateAsync(pollId)).State.Status);
        var status = await _app.GetService<BudgetService>().GetStatusAsync("basisinfrastructuur", Year, CancellationToken.None);
        Assert.Equal((6_000_000L, 0L, 14_000_000L), (status.Committed.Cents, status.Reserved.Cents, status.Remaining!.Value.Cents));
        Assert.Contains(EscalationFlow.Json(BudgetTexts.CommittedLabel), await BegrotingAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Begroting_WithoutABudget_ShowsTheFourFiguresAndWhomToAsk()
    {
        var pollId = await _flow.OpenAsync("Extra licenties", "60.000");
        await _flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(() => _flow.BodyCards().Count >= 1, PollFlow.Wait, "the directie's confirmation card");

        var card = await BegrotingAsync();

        foreach (var label in new[] { BudgetTexts.BudgetLabel, BudgetTexts.CommittedLabel, BudgetTexts.ReservedLabel, BudgetTexts.RemainingLabel, BudgetTexts.NotSet, BudgetTexts.NoBudget })
        {
            Assert.Contains(EscalationFlow.Json(label), card, StringComparison.Ordinal);
        }

        Assert.Contains(EscalationFlow.Json("€ 60.000,00"), card, StringComparison.Ordinal); // reserved, waiting for the directie
        Assert.DoesNotContain("budget set", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BudgetSet_BadInput_IsRefusedInDutchAndChangesNothing()
    {
        var budgets = _app.GetService<BudgetService>();

        Assert.Equal("budget.stuurgroep-onbekend", (await budgets.SetAsync("onbestaand", Year, "100.000", CancellationToken.None)).Rejection?.Code);
        Assert.Equal("budget.jaar-ongeldig", (await budgets.SetAsync("basisinfrastructuur", 1999, "100.000", CancellationToken.None)).Rejection?.Code);
        Assert.Equal("bedrag.amerikaans", (await budgets.SetAsync("basisinfrastructuur", Year, "100,000.00", CancellationToken.None)).Rejection?.Code);
        Assert.Null((await budgets.GetStatusAsync("basisinfrastructuur", Year, CancellationToken.None)).Budget);
    }

    private async Task<string> BegrotingAsync()
    {
        var before = _app.Connector.CallsTo("POST", "/activities").Count();
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "begroting"));
        return _app.Connector.CallsTo("POST", "/activities").Skip(before).Last().Card!.ToJsonString();
    }
}
