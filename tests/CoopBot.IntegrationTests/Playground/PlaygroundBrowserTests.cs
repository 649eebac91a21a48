using CoopBot.Decisions;
using CoopBot.FaqChat;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Playwright;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>
/// Issue 16 acceptance: a person in a browser (headless Debian Chromium through Playwright) opens the Agents
/// Playground page of the local loop, goes to the channel "Besluiten", votes on the demo poll and sees their vote;
/// and asks FAQ questions in the personal chat.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class PlaygroundBrowserTests(AzuriteFixture azurite)
{
    private const float WaitMs = 20_000;

    [Fact]
    public async Task Newcomer_OpensThePage_VotesOnTheDemoPoll_SeesJouwStem()
    {
        await using var session = await BrowserSession.OpenAsync(azurite.Server, DemoUser.Bram);
        var page = session.Page;

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

    /// <summary>
    /// Issue 16 §7 as a person meets it: in the Playground's personal chat a member asks how often a stuurgroep meets, reads
    /// the one-sentence answer, opens "Meer lezen", clicks a follow-up and gets a second answer under the first; the Gent
    /// opening-hours question is refused with where to ask it.
    /// </summary>
    [Fact]
    public async Task Member_AsksInPersonalChat_ReadsShortAnswer_FollowUpAddsAnAnswer_GentIsRefused()
    {
        await using var session = await BrowserSession.OpenAsync(azurite.Server, DemoUser.Bram);
        var page = session.Page;
        var shots = Path.Combine(AppContext.BaseDirectory, "playground-faq");
        Directory.CreateDirectory(shots);

                await page.GetByText("Personal Chat", new PageGetByTextOptions { Exact = true }).First.ClickAsync(new LocatorClickOptions { Timeout = WaitMs });
        var cards = page.Locator(".ac-adaptiveCard");
        await AskAsync(page, "Hoeveel keer per jaar vergadert een stuurgroep?");

        var answer = cards.Filter(new LocatorFilterOptions { HasText = "Een stuurgroep vergadert 1 tot 3 keer per jaar." }).Last;
        await Assertions.Expect(answer).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });
        var detail = answer.GetByText("De stuurgroep komt 1 à 3 keer per jaar samen", new LocatorGetByTextOptions { Exact = false });
        await Assertions.Expect(detail).ToBeHiddenAsync();
        await answer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = FaqChatTexts.ReadMore }).ClickAsync();
        await Assertions.Expect(detail).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "1-answer.png"), FullPage = true });

        var before = await cards.CountAsync();
        await answer.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Welke drempelbedragen gelden?" }).ClickAsync();
        var followUp = cards.Filter(new LocatorFilterOptions { HasText = "Boven 50.000 € excl. btw bevestigt de directie" }).Last;
        await Assertions.Expect(followUp).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });
        Assert.Equal(before + 1, await cards.CountAsync());
        await Assertions.Expect(answer.GetByText("Een stuurgroep vergadert 1 tot 3 keer per jaar.")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "2-follow-up.png"), FullPage = true });

        await AskAsync(page, "Hoe laat is de bibliotheek van Gent open op zondag?");
        var refusal = cards.Filter(new LocatorFilterOptions { HasText = "Dat is een vraag voor je bibliotheek zelf" }).Last;
        await Assertions.Expect(refusal).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = WaitMs });
        await Assertions.Expect(page.GetByText(FaqChatTexts.NotSureTitle)).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "3-gent.png"), FullPage = true });
    }

    private static async Task AskAsync(IPage page, string question)
    {
        // The Playground's compose box is a Lexical editor (a contenteditable div), sent with its "Send Message" button.
        var box = page.Locator("[contenteditable='true']").First;
        await box.ClickAsync(new LocatorClickOptions { Timeout = WaitMs });
        await page.Keyboard.TypeAsync(question);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send Message" }).ClickAsync();
    }

    /// <summary>The bot on Kestrel (local-loop settings), the Agents Playground as <c>user</c>, and Chromium on its page.</summary>
    private sealed class BrowserSession(CoopBotApp bot, AgentsPlaygroundServer playground, ChromiumBrowser chromium, IPage page) : IAsyncDisposable
    {
        public IPage Page => page;

        public static async Task<BrowserSession> OpenAsync(AzuriteServer azurite, DemoUser user)
        {
            var bot = await CoopBotApp.StartOnKestrelAsync(azurite, LocalLoopPlaygroundTests.RunLocalSettings);
            var playground = await AgentsPlaygroundServer.StartAsync(bot.KestrelEndpoint!, browserUser: user.TeamsId);
            var chromium = await ChromiumBrowser.LaunchAsync();
            var page = await chromium.NewPageAsync();
            await page.GotoAsync(playground.BaseUri.ToString());
            return new BrowserSession(bot, playground, chromium, page);
        }

        public async ValueTask DisposeAsync()
        {
            await chromium.DisposeAsync();
            await playground.DisposeAsync();
            await bot.DisposeAsync();
        }
    }
}
