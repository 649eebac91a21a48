using System.Net;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Tab;
using CoopBot.Decisions;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>The decision page: question, options, result, participation, outcome and audit; confidential and anonymous rules.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabDecisionPageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private EscalationFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);
        _flow = new EscalationFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DecisionPage_AnonymousDecidedProposal_ShowsResultParticipationAndAudit_ButNeverWhoChoseWhat()
    {
        var pollId = await _flow.Polls.CreateAsync("voorstel", "Anoniem voorstel website", new JsonObject { ["anonymous"] = "true" });
        await _flow.Polls.VoteAsync(DemoUser.Bram, pollId, "voor");
        await _flow.Polls.VoteAsync(DemoUser.Chloe, pollId, "tegen");
        await _flow.Polls.CloseAsync(DemoUser.Chair, pollId);
        await _flow.Polls.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        using var dries = TabClient.For(_app);
        await dries.SignInAsDemoAsync(DemoUser.Dries.TeamsId);

        var (status, html) = await dries.GetAsync($"/tab/besluiten/{pollId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Anoniem voorstel website", html, StringComparison.Ordinal);
        Assert.Contains("(anoniem)", html, StringComparison.Ordinal);
        Assert.Contains("2 van 4 stemgerechtigden stemden", html, StringComparison.Ordinal);
        Assert.Contains("Uitkomst:", html, StringComparison.Ordinal);
        Assert.Contains("Audittrail", html, StringComparison.Ordinal);
        Assert.Contains("Bram Claes", html, StringComparison.Ordinal);
        // Who voted is in the audit trail; what anyone chose is not: no ballot list and no choice next to a name.
        Assert.DoesNotContain("Bram Claes</td><td>voor", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jouw stem", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionPage_Confidential_NonSignerGetsNoTextOrAmount_AndACooperantCannotOpenIt()
    {
        const string Secret = "Offerte leverancier Zeta: korting 37 procent";
        var pollId = await _flow.OpenAsync("Keuze leverancier zoekmachine", "40.000", confidential: true, description: Secret);
        using var bram = TabClient.For(_app);
        await bram.SignInAsDemoAsync(DemoUser.Bram.TeamsId);
        using var fien = TabClient.For(_app);
        await fien.SignInAsDemoAsync(DemoUser.NonMember.TeamsId);

        var (status, html) = await bram.GetAsync($"/tab/besluiten/{pollId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(TabTexts.ConfidentialTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Zeta", html, StringComparison.Ordinal);
        Assert.DoesNotContain("40.000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Keuze leverancier zoekmachine", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fien.GetAsync($"/tab/besluiten/{pollId}")).Status);
    }

    [Fact]
    public async Task DecisionPage_UnknownId_IsNotFound()
    {
        using var bram = TabClient.For(_app);
        await bram.SignInAsDemoAsync(DemoUser.Bram.TeamsId);
        Assert.Equal(HttpStatusCode.NotFound, (await bram.GetAsync("/tab/besluiten/bestaat-niet")).Status);
    }
}
