using System.Net;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Faq;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>The tab reads tickets through FaqChat's contract: the asker sees hers in the Overzicht, the community manager all of them in Beheer.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabTicketTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Question = "Kan ik als bibliothecaris de werking van Bibster bijsturen?";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Ticket_InTheAskersOverviewAndInBeheer_NotInSomeoneElsesOverview()
    {
        await FaqFlow.TicketCardAsync(_app, DemoUser.Bram, Question);
        using var bram = await TabClient.SignedInAsync(_app, DemoUser.Bram.TeamsId);
        using var chloe = await TabClient.SignedInAsync(_app, DemoUser.Chloe.TeamsId);
        using var manager = await TabClient.SignedInAsync(_app, FaqFlow.CommunityManager.TeamsId);

        var (_, mine) = await bram.GetAsync("/tab/overzicht");
        var (_, theirs) = await chloe.GetAsync("/tab/overzicht");
        var (status, beheer) = await manager.GetAsync("/tab/beheer");

        Assert.Contains($"<strong>{WebUtility.HtmlEncode(Question)}</strong>", mine, StringComparison.Ordinal);
        Assert.Contains($"): {TicketTexts.StatusOpen}", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(Question), theirs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<td>{WebUtility.HtmlEncode(Question)}</td><td>{DemoUser.Bram.Name}</td>", beheer, StringComparison.Ordinal);
    }
}
