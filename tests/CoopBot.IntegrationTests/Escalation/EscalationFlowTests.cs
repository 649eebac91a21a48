using CoopBot.Decisions;
using CoopBot.Domain.Escalation;
using CoopBot.Escalation;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Escalation;

/// <summary>Issue 6 over HTTP: the amount confirmation step, the vote, the bodies' confirmations or refusal, and the channel card.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class EscalationFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private EscalationFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new EscalationFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Proposal_WithAmount_ShowsTheParsedAmountBeforeTheVoteOpens()
    {
        var preview = (await _flow.SubmitAsync("Nieuwe servers", "€ 120 000", confirmed: false)).ToJsonString();

        Assert.Contains(EscalationFlow.Json("€ 120.000,00 excl. btw"), preview, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json("Bevestiging vooraf door het financieel comité van de Raad van Bestuur en de voorzitter van Cultuurconnect"), preview, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json(EscalationTexts.OpenVoteButton), preview, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Theory]
    [InlineData("1,234.56", "Engelse schrijfwijze")]
    [InlineData("-5000", "negatief")]
    [InlineData("2.000.000.000", "te groot")]
    [InlineData("85.000,505", "hoogstens 2 cijfers")]
    public async Task Proposal_WithBadAmount_GetsTheFormBackWithADutchReason(string amount, string reason)
    {
        var response = (await _flow.SubmitAsync("Nieuwe servers", amount, confirmed: true)).ToJsonString();

        Assert.Contains(EscalationFlow.Json(reason), response, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json(DecisionTexts.ProposalHeading), response, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
    }

    [Fact]
    public async Task FullPath_120000_ApprovedThenConfirmedByCommitteeAndChair_BecomesDefinitief()
    {
        var pollId = await _flow.OpenAsync("Nieuw bibliotheeksysteem: implementatiepartner", "120.000");
        var opened = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!.ToJsonString();
        Assert.Contains("Stemming loopt", opened, StringComparison.Ordinal);

        await _flow.DecideAsync(pollId, "voor");

        // The confirmation cards reach both bodies (their configured conversation: the group chat in the demo registry).
        await Eventually.TrueAsync(() => _flow.BodyCards().Count >= 2, PollFlow.Wait, "a confirmation card for each body");
        var requests = _flow.BodyCards().Select(c => c.Card!.ToJsonString()).ToList();
        Assert.Contains(requests, c => c.Contains(EscalationFlow.Json("Bevestiging vooraf · financieel comité"), StringComparison.Ordinal));
        Assert.Contains(requests, c => c.Contains(EscalationFlow.Json("Bevestiging vooraf · voorzitter"), StringComparison.Ordinal));
        Assert.All(requests, c => Assert.Contains(EscalationFlow.Json(EscalationTexts.RecordsOnly), c, StringComparison.Ordinal));
        await _flow.WaitForChannelCardAsync("Goedgekeurd door stuurgroep, wacht op bevestiging \\(financieel comité en voorzitter\\)");

        // A member of the Raad van Bestuur who is not in the financieel comité is refused; nothing changes.
        var refused = (await _flow.ActAsync(BodyUsers.Nico, EscalationVerbs.Confirm, pollId, "FinancieelComite")).ToJsonString();
        Assert.Contains(EscalationFlow.Json("Enkel leden van het financieel comité"), refused, StringComparison.Ordinal);
        Assert.Empty((await _flow.StateAsync(pollId)).State.Confirmed);

        var first = (await _flow.ActAsync(BodyUsers.Katrien, EscalationVerbs.Confirm, pollId, "FinancieelComite", activityId: "confirm-katrien")).ToJsonString();
        Assert.Contains(EscalationFlow.Json("bevestigd door Katrien Dubois"), first, StringComparison.Ordinal);
        Assert.Contains(EscalationTexts.WaitingForConfirmation, first, StringComparison.Ordinal);
        await _flow.ActAsync(BodyUsers.Katrien, EscalationVerbs.Confirm, pollId, "FinancieelComite", activityId: "confirm-katrien");
        Assert.Equal(EscalationStatus.GoedgekeurdWachtOpBevestiging, (await _flow.StateAsync(pollId)).State.Status);
        Assert.Equal("Goedgekeurd door stuurgroep, wacht op bevestiging (voorzitter)", await _flow.RegisterStatusAsync(pollId));

        // Approved and sent to the bodies: the chair can no longer reopen the vote.
        Assert.Contains(EscalationFlow.Json("Het voorstel heropenen kan nu niet"), (await _flow.ReopenAsync(pollId, 3)).ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull((await _app.GetService<CoopBot.Decisions.DecisionService>().FindAsync(pollId, CancellationToken.None))!.Result);

        await _flow.ActAsync(BodyUsers.Marleen, EscalationVerbs.Confirm, pollId, "VoorzitterCultuurconnect");

        var final = await _flow.StateAsync(pollId);
        Assert.Equal(EscalationStatus.Definitief, final.State.Status);
        await _flow.WaitForChannelCardAsync("Definitief, bevestigd door financieel comité en voorzitter");
        Assert.Equal("Definitief, bevestigd door financieel comité en voorzitter", await _flow.RegisterStatusAsync(pollId));
        var history = await _app.GetService<EscalationService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Equal(
            [EscalationEventTypes.Concept, EscalationEventTypes.VoteOpened, EscalationEventTypes.VoteRecorded, EscalationEventTypes.Confirmed, EscalationEventTypes.Confirmed],
            history.Select(e => e.Type));
        Assert.Equal([DemoUser.Chair.AadObjectId, DemoUser.Chair.AadObjectId, "bot", BodyUsers.Katrien.AadObjectId, BodyUsers.Marleen.AadObjectId], history.Select(e => e.ActorId));
        Assert.Equal(EscalationStatus.Definitief, history[^1].To);
    }

    [Fact]
    public async Task MijnBevestigingen_ListsWhatWaitsForMyBody_AndTellsOthersTheyHaveNone()
    {
        var pollId = await _flow.OpenAsync("Nieuw bibliotheeksysteem: implementatiepartner", "120.000");
        await _flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(() => _flow.BodyCards().Count >= 2, PollFlow.Wait, "a confirmation card for each body");

        var katrien = await AskAsync(BodyUsers.Katrien, MyConfirmations.Command);
        Assert.Contains(EscalationFlow.Json(EscalationTexts.MyConfirmationsTitle), katrien.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("implementatiepartner", katrien.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json("€ 120.000,00 excl. btw"), katrien.Card!.ToJsonString(), StringComparison.Ordinal);

        // Once the financieel comité confirmed, nothing waits for Katrien any more; Bram sits in no body at all.
        await _flow.ActAsync(BodyUsers.Katrien, EscalationVerbs.Confirm, pollId, "FinancieelComite");
        Assert.Contains(EscalationFlow.Json(EscalationTexts.NothingWaiting), (await AskAsync(BodyUsers.Katrien, MyConfirmations.Command)).Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(EscalationTexts.NoConfirmingBody, (await AskAsync(DemoUser.Bram, MyConfirmations.Command)).Text);
    }

    private async Task<ConnectorCall> AskAsync(DemoUser user, string text)
    {
        var before = _app.Connector.Calls.Count;
        using var response = await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, user, text));
        Assert.True(response.IsSuccessStatusCode);
        return Assert.Single(_app.Connector.Calls.Skip(before));
    }

    [Fact]
    public async Task FourEyes_ChairWhoIsDirectie_CannotConfirm_AnotherDirectieMemberDoes()
    {
        // An Peeters chaired (and started) the stuurgroep vote on € 60.000 and sits in the directie herself.
        var pollId = await _flow.OpenAsync("Extra licenties Aquabrowser", "60.000");
        await _flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(() => _flow.BodyCards().Count >= 1, PollFlow.Wait, "the directie's confirmation card");

        var own = (await _flow.ActAsync(DemoUser.Chair, EscalationVerbs.Confirm, pollId, "Directie")).ToJsonString();
        Assert.Contains(EscalationFlow.Json(CoopBot.Cards.CardText.Literal(EscalationRejections.FourEyes(ConfirmingBody.Directie).Message)), own, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json(EscalationTexts.FourEyes), own, StringComparison.Ordinal);
        Assert.Empty((await _flow.StateAsync(pollId)).State.Confirmed);

        await _flow.ActAsync(BodyUsers.Ilse, EscalationVerbs.Confirm, pollId, "Directie");
        Assert.Equal(EscalationStatus.Definitief, (await _flow.StateAsync(pollId)).State.Status);
    }

    [Fact]
    public async Task RefusedPath_DirectieRefusesWithAReason_StatusGeweigerdOnTheChannelCard()
    {
        var pollId = await _flow.OpenAsync("Extra licenties Aquabrowser", "60.000");
        await _flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(() => _flow.BodyCards().Count >= 1, PollFlow.Wait, "the directie's confirmation card");

        var withoutReason = (await _flow.ActAsync(BodyUsers.Ilse, EscalationVerbs.Refuse, pollId, "Directie", reason: "  ")).ToJsonString();
        Assert.Contains(EscalationFlow.Json("Geef een reden op"), withoutReason, StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.GoedgekeurdWachtOpBevestiging, (await _flow.StateAsync(pollId)).State.Status);

        var notRequired = (await _flow.ActAsync(BodyUsers.Katrien, EscalationVerbs.Confirm, pollId, "FinancieelComite")).ToJsonString();
        Assert.Contains(EscalationFlow.Json("hoeft dit voorstel niet te bevestigen"), notRequired, StringComparison.Ordinal);

        await _flow.ActAsync(BodyUsers.Ilse, EscalationVerbs.Refuse, pollId, "Directie", reason: "Eerst een tweede offerte opvragen.");

        var state = await _flow.StateAsync(pollId);
        Assert.Equal((EscalationStatus.Geweigerd, ConfirmingBody.Directie), (state.State.Status, state.State.RefusedBy!.Value));
        await _flow.WaitForChannelCardAsync("Geweigerd door directie: Eerst een tweede offerte opvragen");
        var late = (await _flow.ActAsync(BodyUsers.Ilse, EscalationVerbs.Confirm, pollId, "Directie")).ToJsonString();
        Assert.Contains(EscalationFlow.Json("kan nu niet"), late, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectedByVote_IsVerworpen_AndNoBodyIsAsked()
    {
        var pollId = await _flow.OpenAsync("Dure extra module", "95.000");

        await _flow.DecideAsync(pollId, "tegen");

        Assert.Equal(EscalationStatus.Verworpen, (await _flow.StateAsync(pollId)).State.Status);
        await _flow.WaitForChannelCardAsync("Verworpen door de stuurgroep");
        Assert.Empty(_flow.BodyCards());
        await Eventually.TrueAsync(async () => await _flow.RegisterStatusAsync(pollId) == "Verworpen door de stuurgroep", PollFlow.Wait, "register shows Verworpen");
    }

    [Fact]
    public async Task RejectedByVote_Reopened_VotesAgain_AndIsApprovedTheSecondTime()
    {
        var pollId = await _flow.OpenAsync("Tweede poging: extra module", "95.000");
        await _flow.DecideAsync(pollId, "tegen");

        Assert.Contains(EscalationFlow.Json(DecisionTexts.Reopened.TrimEnd('.')), (await _flow.ReopenAsync(pollId, 3)).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(EscalationStatus.Stemming, (await _flow.StateAsync(pollId)).State.Status);

        await _flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(async () => (await _flow.StateAsync(pollId)).State.Status == EscalationStatus.GoedgekeurdWachtOpBevestiging, PollFlow.Wait, "approved the second time");
        var history = await _app.GetService<EscalationService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Equal(
            [EscalationEventTypes.Concept, EscalationEventTypes.VoteOpened, EscalationEventTypes.VoteRecorded, EscalationEventTypes.VoteReopened, EscalationEventTypes.VoteRecorded],
            history.Select(e => e.Type));
        await Eventually.TrueAsync(async () => (await _flow.RegisterStatusAsync(pollId))?.StartsWith("Goedgekeurd door stuurgroep", StringComparison.Ordinal) == true, PollFlow.Wait, "register follows");
    }

    [Fact]
    public async Task WithinMandate_ApprovedProposal_IsDefinitiefAtOnce()
    {
        var pollId = await _flow.OpenAsync("Kleine bestelling", "50.000,00");

        await _flow.DecideAsync(pollId, "voor");

        Assert.Equal(EscalationStatus.Definitief, (await _flow.StateAsync(pollId)).State.Status);
        Assert.Empty(_flow.BodyCards());
    }
}
