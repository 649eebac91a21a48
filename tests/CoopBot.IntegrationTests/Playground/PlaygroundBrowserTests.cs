using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Playwright;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 16 acceptance: a person in a browser (headless Debian Chromium through Playwright) opens the Agents
/// Playground page of the local loop, goes to the channel "Besluiten", votes on the demo poll and sees their vote.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class PlaygroundBrowserTests(AzuriteFixture azurite)
{
    private const float WaitMs = 20_000;

    [Fact]
    public async Task Newcomer_OpensThePage_VotesOnTheDemoPoll_SeesJouwStem()
    {
        await using var bot = await CoopBotApp.StartOnKestrelAsync(azurite.Server, LocalLoopPlaygroundTests.RunLocalSettings);
        await using var playground = await AgentsPlaygroundServer.StartAsync(bot.KestrelEndpoint!, browserUser: DemoUser.Bram.TeamsId);
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(playground.BaseUri.ToString());
        await page.GetByText("Besluiten", new PageGetByTextOptions { Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = WaitMs });
        var card = page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = DecisionTexts.DemoPollQuestion }).First;
        await Assertions.Expect(card).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });

        var choice = DecisionTexts.DemoPollOptions[1]!;
        await card.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = choice }).CheckAsync();
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = DecisionTexts.VoteButton, Exact = true }).ClickAsync();

        // The response to the click, and after it the card update (1 s later), both show the voter's own view.
        await Assertions.Expect(card.GetByText(DecisionTexts.YourVote(choice))).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });
        await Assertions.Expect(card.GetByText("1 van 4 leden heeft gestemd").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });
        await Assertions.Expect(card.GetByText(DecisionTexts.YourVote(choice))).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "playground-voted.png") });
    }
}
