using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Domain.Meetings;
using CoopBot.Meetings;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Playwright;
using CoopBot.Tab;
using CoopBot.Decisions.Contracts;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// The tab in a real browser against the real host on Kestrel: each demo role signs in and opens each page (axe-core
/// on every page, screenshots), the register is filtered, a decision opened, CSV exported, a registry CSV with an error
/// previewed, a budget set and the chart changes.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TabBrowser _browser = new();
    private CoopBotApp _app = null!;
    private string _base = null!;
    private string _pollId = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartOnKestrelAsync(azurite.Server);
        // "localhost", not 127.0.0.1: Chromium lets http://localhost set Secure (and __Host-) cookies, as a dev box does.
        _base = $"http://localhost:{_app.KestrelEndpoint!.Port}";
        await _browser.InitializeAsync();
        var register = _app.GetService<DecisionRegister>();
        var at = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        await register.RecordAsync(new RegisterRow("basisinfrastructuur", "d-zoek", "Voorstel", "Nieuwe zoekmachine", at, at.AddDays(7), "Besloten", "Aangenomen", 4, 4, 60_000_00, false, false, null), default);
        await register.RecordAsync(new RegisterRow("beleven", "d-arcade", "Voorstel", "Arcadegames vernieuwen", at.AddYears(-1), at, "Definitief, bevestigd door directie", "Aangenomen", 3, 4, 95_000_00, false, false, null), default);
        var created = await _app.GetService<DecisionCreation>().CreateAsync(
            new CreatePollRequest("basisinfrastructuur", new Actor(DemoUser.Chair.AadObjectId, DemoUser.Chair.Name, DemoUser.Chair.TeamsId), "stemming",
                "Welke leverancier voor de bibliotheekwebsites?", "Twee offertes liggen voor.", ["Leverancier A", "Leverancier B"], DateTimeOffset.UtcNow.AddDays(3), "browser-poll"),
            default);
        _pollId = created.Value!.Id;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
    }

    public static TheoryData<string, string, bool> Roles => new()
    {
        { "user-id-0", "voorzitter", false },
        { "user-id-1", "lid", false },
        { "user-id-5", "cooperant", false },
        { "user-id-6", "communitymanager", true },
        { "user-id-10", "financieelcomite", false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRole_SignsInAndOpensEveryPage_WithoutSeriousAccessibilityViolations(string teamsId, string role, bool manager)
    {
        var page = await SignedInPageAsync(teamsId);

        foreach (var (path, name) in new[] { ("/tab/overzicht", "overzicht"), ("/tab/besluiten", "besluiten"), ("/tab/stuurgroepen", "stuurgroepen"), ("/tab/vergaderingen", "vergaderingen"), ("/tab/begroting", "begroting") })
        {
            await page.GotoAsync(_base + path);
            await TabBrowser.CheckPageAsync(page, $"{role}-{name}");
        }

        var beheer = await page.GotoAsync(_base + "/tab/beheer");
        Assert.Equal(manager ? 200 : 403, beheer!.Status);
        if (manager)
        {
            await TabBrowser.CheckPageAsync(page, $"{role}-beheer");
        }
    }

    [Fact]
    public async Task Register_FilterOpenDecisionAndExportCsv()
    {
        var page = await SignedInPageAsync("user-id-1");
        await page.GotoAsync(_base + "/tab/besluiten");
        await page.GetByLabel("Jaar").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await page.WaitForURLAsync("**/tab/besluiten?**jaar=2025**");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe zoekmachine" }).CountAsync());
        await TabBrowser.CheckPageAsync(page, "besluiten-gefilterd");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("stuurgroep,id,soort,titel", csv, StringComparison.Ordinal);
        Assert.Contains("d-zoek", csv, StringComparison.Ordinal);

        await page.GotoAsync($"{_base}/tab/besluiten/{_pollId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welke leverancier voor de bibliotheekwebsites?");
        await Assertions.Expect(page.GetByText("Leverancier B")).ToBeVisibleAsync();
        await TabBrowser.CheckPageAsync(page, "besluit");
    }

    [Fact]
    public async Task Beheer_UploadWithAnErrorShowsThePreview_AndSettingABudgetChangesTheChart()
    {
        var page = await SignedInPageAsync("user-id-6");
        await page.GotoAsync(_base + "/tab/begroting?stuurgroep=inspireren&jaar=2026");
        var chart = page.Locator("[data-testid=begroting-inspireren] svg desc");
        await Assertions.Expect(chart).ToContainTextAsync("Deelbegroting: € 0,00");

        await page.GotoAsync(_base + "/tab/beheer");
        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "zitjes.csv",
            MimeType = "text/csv",
            Buffer = "id;name;kind;province;size;regional;pilot;services\nBib Fout;Bibliotheek Fout;Bibliotheek;Limburg;Klein;nee;nee;\n"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("voorbeeld")).ToContainTextAsync("FOUT regel 2:");
        await TabBrowser.CheckPageAsync(page, "beheer-voorbeeld");

        await page.GetByLabel("Stuurgroep").SelectOptionAsync("inspireren");
        await page.GetByLabel("Jaar").FillAsync("2026");
        await page.GetByLabel("Bedrag (€, excl. btw)").FillAsync("85.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await page.WaitForURLAsync("**/tab/begroting?stuurgroep=inspireren&jaar=2026");
        await Assertions.Expect(chart).ToContainTextAsync("Deelbegroting: € 85.000,00");
        await TabBrowser.CheckPageAsync(page, "begroting-na-instellen");
    }

    [Fact]
    public async Task Overview_AtPhoneWidth_IsReadableAndKeyboardUsable()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, Locale = "nl-BE" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "user-id-1");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"pagina is {scrollWidth}px breed op een telefoon");
        await TabBrowser.CheckPageAsync(page, "telefoon-overzicht");
    }

    [Fact]
    public async Task Meetings_MemberSeesTheAgenda_CooperantNeverTheConfidentialPoint()
    {
        var meetings = _app.GetService<MeetingService>();
        var chair = new MeetingActor(new Actor(DemoUser.Chair.AadObjectId, DemoUser.Chair.Name, DemoUser.Chair.TeamsId), "browser-meeting");
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var year = MeetingCalendar.LocalYear(start, meetings.TimeZone).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var meeting = (await meetings.ScheduleAsync("basisinfrastructuur", chair, "Najaarsvergadering", new SlotCandidate("b1", start, TimeSpan.FromHours(2), true, null), default)).Value!;
        await meetings.AddAgendaItemAsync(meeting.Id, chair with { ActivityKey = "browser-a1" }, new AgendaItemInput("Roadmap bibliotheekwebsites", "An Peeters", 30, false, null, null), default);
        await meetings.AddAgendaItemAsync(meeting.Id, chair with { ActivityKey = "browser-a2" }, new AgendaItemInput("Offerte Zeta", "An Peeters", 20, true, null, "123456"), default);

        var member = await SignedInPageAsync("user-id-1");
        await member.GotoAsync($"{_base}/tab/vergaderingen?jaar={year}");
        await Assertions.Expect(member.GetByText("Roadmap bibliotheekwebsites")).ToBeVisibleAsync();
        await TabBrowser.CheckPageAsync(member, "vergaderingen-agenda-lid");

        var cooperant = await SignedInPageAsync("user-id-5");
        await cooperant.GotoAsync($"{_base}/tab/vergaderingen?jaar={year}");
        await Assertions.Expect(cooperant.GetByText("Najaarsvergadering", new() { Exact = false })).ToBeVisibleAsync();
        Assert.DoesNotContain("Offerte Zeta", await cooperant.ContentAsync(), StringComparison.Ordinal);
        await TabBrowser.CheckPageAsync(cooperant, "vergaderingen-agenda-cooperant");
    }

    [Fact]
    public async Task Beheer_EditASeat_RefusedThenSaved()
    {
        var page = await SignedInPageAsync("user-id-6");
        await page.GotoAsync(_base + "/tab/beheer");
        await page.GetByLabel("Zitje", new() { Exact = true }).SelectOptionAsync($"basisinfrastructuur|{DemoUser.Bram.AadObjectId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewerken" }).ClickAsync();
        await page.GetByLabel("Einde termijn").FillAsync("2020-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zitje bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("zitje-fouten")).ToContainTextAsync("termEnd moet na termStart liggen.");
        await TabBrowser.CheckPageAsync(page, "beheer-zitje-fout");

        await page.GetByLabel("Einde termijn").FillAsync("2028-06-30");
        await page.GetByLabel("Bekrachtigd op").FillAsync("2026-05-23");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zitje bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("melding")).ToHaveTextAsync(TabTexts.SeatSaved);
        await Assertions.Expect(page.GetByTestId("zitje-nu")).ToContainTextAsync("tot 30 juni 2028");
        await TabBrowser.CheckPageAsync(page, "beheer-zitje-bewaard");
    }

    [Fact]
    public async Task Beheer_AddAnFaqPhrasing_RefusedThenAdded()
    {
        var page = await SignedInPageAsync("user-id-6");
        await page.GotoAsync(_base + "/tab/beheer");
        var form = page.GetByTestId("faq-formulier");
        await form.GetByLabel("Nieuwe formulering").FillAsync("Mag een bibliothecaris de werking van Bibster mee bijsturen?");
        await form.GetByRole(AriaRole.Button, new() { Name = "Formulering toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("melding")).ToHaveTextAsync(CoopBot.FaqChat.TicketTexts.PhrasingEntryUnknown.Message);
        await Assertions.Expect(form.GetByLabel("Nieuwe formulering")).ToHaveValueAsync("Mag een bibliothecaris de werking van Bibster mee bijsturen?");
        await TabBrowser.CheckPageAsync(page, "beheer-faq-fout");

        var entry = _app.GetService<CoopBot.FaqChat.FaqIndexHolder>().KnowledgeBase.Find("inbreng-cooperanten")!;
        await form.GetByLabel("Vraag uit de FAQ").SelectOptionAsync(entry.Id);
        await form.GetByRole(AriaRole.Button, new() { Name = "Formulering toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("melding")).ToHaveTextAsync(CoopBot.Tab.TabTexts.FaqPhrasingAdded(entry.Question));
        await Assertions.Expect(page.Locator("#h-audit + ul")).ToContainTextAsync("faq-formulering, na: inbreng-cooperanten: Mag een bibliothecaris");
        await TabBrowser.CheckPageAsync(page, "beheer-faq-toegevoegd");

        // On a phone the long options (seats, FAQ questions) must not widen the page.
        await page.SetViewportSizeAsync(375, 740);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Beheer is {scrollWidth}px breed op een telefoon");
        await TabBrowser.CheckPageAsync(page, "telefoon-beheer");
    }

    [Fact]
    public async Task SteeringGroups_AtPhoneWidth_ChartsFitTheScreen()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, Locale = "nl-BE" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "user-id-0");
        await page.GotoAsync(_base + "/tab/stuurgroepen");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"pagina is {scrollWidth}px breed op een telefoon");
        await TabBrowser.CheckPageAsync(page, "telefoon-stuurgroepen");
    }

    private async Task<IPage> SignedInPageAsync(string teamsId)
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-BE" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, teamsId);
        return page;
    }

    private async Task SignInAsync(IPage page, string teamsId)
    {
        var form = await page.GotoAsync(_base + "/tab/dev/aanmelden");
        Assert.True(form?.Status == 200, $"aanmeldpagina: {form?.Status} {await page.ContentAsync()}");
        await page.Locator($"#p-{teamsId}").CheckAsync();
        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync(), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(page.Url.EndsWith("/tab/overzicht", StringComparison.Ordinal), $"na aanmelden op {page.Url} (POST {response.Status}): {await page.InnerTextAsync("body")}");
    }
}
