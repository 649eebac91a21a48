using System.Net;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Decisions.Contracts;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// Issue 18's decision links and the tab agree: <c>/besluiten/{id}</c> redirects to the tab's decision page, and a link
/// to that page unfurls into the decision card like the short form.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabDecisionLinkTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Domain = "https://coopbot-test.azurewebsites.net";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        var at = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        await _app.GetService<DecisionRegister>().RecordAsync(
            new RegisterRow("basisinfrastructuur", "d-link", "Voorstel", "Nieuwe zoekmachine", at, at.AddDays(7), "Besloten", "Aangenomen", 4, 4, null, false, false, null),
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/besluiten/d-link", "/tab/besluiten/d-link")]
    [InlineData("/besluiten/a%20b", "/tab/besluiten/a%20b")]
    public async Task ShortDecisionLink_RedirectsToTheTabsDecisionPage(string path, string expected)
    {
        using var client = TabClient.For(_app);

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/tab/besluiten/d-link")]
    [InlineData("/besluiten/d-link")]
    public async Task LinkToTheDecision_InEitherForm_UnfurlsIntoItsCard(string path)
    {
        var unfurl = await _app.InvokeAsync(TeamsActivity.QueryLink(_app.ServiceUrl, DemoUser.Bram, Domain + path));

        var card = Assert.Single(unfurl["composeExtension"]!["attachments"]!.AsArray());
        Assert.Contains("Nieuwe zoekmachine", card!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tab/besluiten/export.csv")]
    [InlineData("/tab/besluiten")]
    [InlineData("/tab/overzicht/d-link")]
    public async Task OtherTabLinks_DoNotUnfurl(string path)
    {
        var unfurl = await _app.InvokeAsync(TeamsActivity.QueryLink(_app.ServiceUrl, DemoUser.Bram, Domain + path));

        Assert.Equal("message", unfurl["composeExtension"]!["type"]!.GetValue<string>());
    }
}
