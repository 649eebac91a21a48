using CoopBot.Registry.Contracts;
using System.Text.Json.Nodes;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Escalation;

/// <summary>
/// Issue 6, confidential items: non-signers see a placeholder (also the shared channel card), acknowledge the NDA, then see
/// the details; without an NDA there is no vote; details never reach the shared cards, the thread or the public register.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class ConfidentialityFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Secret = "Offerte leverancier Zeta: korting 37 procent";
    private CoopBotApp _app = null!;
    private EscalationFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new EscalationFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ConfidentialProposal_NonSignerSeesThePlaceholder_AcknowledgesAndThenSeesTheDetails()
    {
        var pollId = await _flow.OpenAsync("Keuze leverancier zoekmachine", "40.000", confidential: true, description: Secret);

        var shared = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!.ToJsonString();
        AssertNoDetails(shared);
        Assert.Contains("vertrouwelijk", shared, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json("Keuze leverancier zoekmachine"), shared, StringComparison.Ordinal);

        var placeholder = (await _flow.Polls.RefreshAsync(DemoUser.Bram, pollId)).ToJsonString();
        AssertNoDetails(placeholder);
        Assert.Contains(EscalationFlow.Json(ConfidentialityTexts.ReadButton), placeholder, StringComparison.Ordinal);
        Assert.Contains(ConfidentialityVerbs.Acknowledge, placeholder, StringComparison.Ordinal);

        var signed = (await AcknowledgeAsync(DemoUser.Bram, pollId)).ToJsonString();
        Assert.Contains(EscalationFlow.Json(Secret), signed, StringComparison.Ordinal);
        Assert.Contains(EscalationFlow.Json("€ 40.000,00 excl. btw"), signed, StringComparison.Ordinal);
        Assert.Contains("versie 1", signed, StringComparison.Ordinal);

        var nda = Assert.Single(await _app.GetService<NdaStore>().FindAsync("basisinfrastructuur", DemoUser.Bram.AadObjectId, CancellationToken.None));
        var seat = (await _app.GetService<IMembershipDirectory>().GetSeatsAsync("basisinfrastructuur", CancellationToken.None)).Single(s => s.AadObjectId == DemoUser.Bram.AadObjectId);
        Assert.Equal((1, seat.Seat.TermEnd), (nda.Version, nda.ValidUntil));
        Assert.InRange(nda.SignedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Contains(EscalationFlow.Json(Secret), (await _flow.Polls.RefreshAsync(DemoUser.Bram, pollId)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfidentialProposal_VoteWithoutNda_IsRefusedWithTheReason_AndCountsAfterSigning()
    {
        var pollId = await _flow.OpenAsync("Budget bibliotheekwebsites 2027", "40.000", confidential: true, description: Secret);

        var refused = (await _flow.Polls.VoteAsync(DemoUser.Chloe, pollId, "voor")).ToJsonString();
        Assert.Contains(EscalationFlow.Json("Onderteken eerst de geheimhoudingsverklaring"), refused, StringComparison.Ordinal);
        AssertNoDetails(refused);
        Assert.Null(await _app.GetService<DecisionStore>().GetBallotAsync(pollId, DemoUser.Chloe.AadObjectId, CancellationToken.None));

        await AcknowledgeAsync(DemoUser.Chloe, pollId);
        var counted = (await _flow.Polls.VoteAsync(DemoUser.Chloe, pollId, "voor")).ToJsonString();
        Assert.Contains(DecisionTexts.VoteCounted, CardCopy.Of(counted), StringComparison.Ordinal);
        Assert.NotNull(await _app.GetService<DecisionStore>().GetBallotAsync(pollId, DemoUser.Chloe.AadObjectId, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("40.000")]
    public async Task ConfidentialProposal_AsConsultationOfAllCooperants_IsRefusedAndNothingIsCreated(string? amount)
    {
        var fields = new JsonObject { ["confidential"] = "true", ["audience"] = "cooperanten", ["confirmed"] = "true", ["commitmentKind"] = "Bestelling" };
        if (amount is not null)
        {
            fields["amount"] = amount;
        }

        var response = (await _flow.Polls.SubmitFormAsync("voorstel", "Offerte zoekmachine voor iedereen", fields)).ToJsonString();

        Assert.Contains(EscalationFlow.Json("Een vertrouwelijk punt kan je niet aan alle co"), response, StringComparison.Ordinal);
        Assert.Empty(_app.Connector.CallsTo("POST", "/v3/conversations"));
        Assert.Empty(await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", RegisterScope.Intern, CancellationToken.None));
    }

    [Fact]
    public async Task ConfidentialProposal_CommentInTheSharedThread_IsRefusedAndNotPosted()
    {
        var pollId = await _flow.OpenAsync("Offerte catalogus", "40.000", confidential: true, description: Secret);
        await AcknowledgeAsync(DemoUser.Bram, pollId);
        var repliesBefore = _app.Connector.CallsTo("POST", "/activities").Count();

        var response = (await _flow.Polls.ActAsync(DemoUser.Bram, "decisions.comment", pollId, new JsonObject { ["comment"] = $"Detail: {Secret}" })).ToJsonString();

        Assert.Contains(EscalationFlow.Json(CoopBot.Cards.CardText.Literal(DecisionTexts.NoCommentsOnConfidential.Message)), response, StringComparison.Ordinal);
        Assert.Equal(repliesBefore, _app.Connector.CallsTo("POST", "/activities").Count());
        Assert.Empty(await _app.GetService<DecisionService>().GetCommentsAsync(pollId, CancellationToken.None));
    }

    [Fact]
    public async Task Nda_NonMember_CannotSignForTheStuurgroep()
    {
        var pollId = await _flow.OpenAsync("Offerte hosting", "30.000", confidential: true, description: Secret);

        var response = (await AcknowledgeAsync(DemoUser.NonMember, pollId)).ToJsonString();

        Assert.Contains(EscalationFlow.Json(CoopBot.Cards.CardText.Literal(ConfidentialityTexts.OnlySeatHolders.Message)), response, StringComparison.Ordinal);
        AssertNoDetails(response);
        Assert.Empty(await _app.GetService<NdaStore>().FindAsync("basisinfrastructuur", DemoUser.NonMember.AadObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task ConfidentialProposal_DetailsNeverReachSharedCardsThreadOrPublicRegister()
    {
        var pollId = await _flow.OpenAsync("Onderhandeling licenties", "40.000", confidential: true, description: Secret);
        foreach (var member in new[] { DemoUser.Bram, DemoUser.Chloe, DemoUser.Chair })
        {
            await AcknowledgeAsync(member, pollId);
        }

        await _flow.Polls.VoteAsync(DemoUser.Bram, pollId, "voor");
        await _flow.Polls.VoteAsync(DemoUser.Chloe, pollId, "voor");
        await _flow.Polls.ActAsync(DemoUser.Chair, DecisionVerbs.Close, pollId, new JsonObject { ["statement"] = "Zeta wint dankzij de korting van 37 procent" });
        await _flow.Polls.WaitForCardUpdateAsync("vertrouwelijk");
        await Eventually.TrueAsync(() => _app.Connector.Calls.Any(c => c.Text?.StartsWith("Uitslag van", StringComparison.Ordinal) == true), PollFlow.Wait, "the outcome in the thread");

        // Everything the bot sent to Teams outside per-user invoke responses: shared cards, updates, thread replies.
        foreach (var call in _app.Connector.Calls)
        {
            var body = call.Body?.ToJsonString() ?? string.Empty;
            Assert.DoesNotContain("Zeta", body, StringComparison.Ordinal);
            Assert.DoesNotContain("40.000", body, StringComparison.Ordinal);
        }

        var register = _app.GetService<DecisionRegister>();
        await Eventually.TrueAsync(async () => (await register.AllAsync("basisinfrastructuur", RegisterScope.Intern, CancellationToken.None)).Any(e => e.ItemId == pollId), PollFlow.Wait, "the register entry");
        Assert.DoesNotContain(await register.AllAsync("basisinfrastructuur", RegisterScope.Publiek, CancellationToken.None), e => e.ItemId == pollId);
        Assert.True((await register.AllAsync(null, RegisterScope.Intern, CancellationToken.None)).Single(e => e.ItemId == pollId).Confidential);
    }

    private Task<JsonNode> AcknowledgeAsync(DemoUser member, string pollId) =>
        _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, member, ConfidentialityVerbs.Acknowledge, new JsonObject { ["pollId"] = pollId }));

    private static void AssertNoDetails(string card)
    {
        Assert.DoesNotContain("Zeta", card, StringComparison.Ordinal);
        Assert.DoesNotContain("40.000", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"choice\"", card, StringComparison.Ordinal);
    }
}
