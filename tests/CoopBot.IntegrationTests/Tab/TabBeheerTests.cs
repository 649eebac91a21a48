using CoopBot.Registry.Contracts;
using System.Net;
using System.Text;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry;
using CoopBot.Tab;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>Beheer: community manager only; registry CSV preview and import with the CLI's validation; deelbegroting; audit.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabBeheerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Manager = "user-id-6";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> NotManagers => new() { DemoUser.Bram.TeamsId, DemoUser.Chair.TeamsId, BodyUsers.Katrien.TeamsId, DemoUser.NonMember.TeamsId };

    [Theory]
    [MemberData(nameof(NotManagers))]
    public async Task Beheer_AnyoneButTheCommunityManager_Gets403_AndCannotPost(string teamsId)
    {
        using var client = TabClient.For(_app);
        await client.SignInAsDemoAsync(teamsId);
        var token = await client.AntiforgeryTokenAsync("/tab/dev/aanmelden");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/tab/beheer")).Status);
        using var post = await client.Http.PostAsync("/tab/beheer?handler=Begroting", TabClient.Form(("stuurgroep", "beleven"), ("jaar", "2026"), ("bedrag", "1"), ("__af", token)));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var (_, overview) = await client.GetAsync("/tab/overzicht");
        Assert.DoesNotContain("href=\"/tab/beheer\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistryUpload_WithErrors_ShowsEveryFoutRegelAndImportsNothing()
    {
        using var manager = await ManagerAsync();
        const string Csv = "id;name;kind;province;size;regional;pilot;services\nbib-aalst;Bibliotheek Aalst;Bibliotheek;Oost-Vlaanderen;Groot;ja;nee;open-vlacc\nBib Fout;Bibliotheek Fout;Bibliotheek;Limburg;Klein;nee;nee;\n";

        var html = await UploadAsync(manager, Csv);

        Assert.Contains(TabTexts.ImportRefused(1, 2, "organisaties"), html, StringComparison.Ordinal);
        Assert.Contains("FOUT regel 3:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Importeren</button>", html, StringComparison.Ordinal);
        Assert.Null(await _app.GetService<IMembershipDirectory>().FindOrganisationAsync("bib-aalst", CancellationToken.None));
    }

    [Fact]
    public async Task RegistryUpload_Valid_PreviewsThenImportsAndAudits()
    {
        using var manager = await ManagerAsync();
        const string Csv = "id;name;kind;province;size;regional;pilot;services\nbib-aalst;Bibliotheek Aalst;Bibliotheek;Oost-Vlaanderen;Groot;ja;nee;open-vlacc\n";

        var preview = await UploadAsync(manager, Csv);
        Assert.Contains(TabTexts.ImportReady(1, "organisaties"), preview, StringComparison.Ordinal);
        Assert.Null(await _app.GetService<IMembershipDirectory>().FindOrganisationAsync("bib-aalst", CancellationToken.None));

        var token = await manager.AntiforgeryTokenAsync("/tab/beheer");
        using var import = await manager.Http.PostAsync("/tab/beheer?handler=Importeren", TabClient.Form(("csv", Csv), ("__af", token)));
        var html = await import.Content.ReadAsStringAsync();

        Assert.Contains(TabTexts.ImportApplied(1, "organisaties"), html, StringComparison.Ordinal);
        Assert.NotNull(await _app.GetService<IMembershipDirectory>().FindOrganisationAsync("bib-aalst", CancellationToken.None));
        Assert.Contains("Goedele Verhaegen, register-import", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_SetByTheManager_ShowsInTheChartAndTable_AndIsAudited()
    {
        using var manager = await ManagerAsync();
        var token = await manager.AntiforgeryTokenAsync("/tab/beheer");

        using var set = await manager.Http.PostAsync("/tab/beheer?handler=Begroting", TabClient.Form(("stuurgroep", "beleven"), ("jaar", "2026"), ("bedrag", "85.000"), ("__af", token)));

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/tab/begroting?stuurgroep=beleven&jaar=2026", set.Headers.Location!.OriginalString);
        var (_, page) = await manager.GetAsync("/tab/begroting?stuurgroep=beleven&jaar=2026");
        Assert.Contains("<title id=\"b-beleven-t\">Begroting Stuurgroep Beleven 2026</title>", page, StringComparison.Ordinal);
        Assert.Contains("Deelbegroting: € 85.000,00", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">€ 85.000,00</td>", page, StringComparison.Ordinal);
        var (_, beheer) = await manager.GetAsync("/tab/beheer");
        Assert.Contains("deelbegroting, na: beleven 2026: € 85.000,00", beheer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_BadAmount_GetsTheDomainsDutchMessageAndChangesNothing()
    {
        using var manager = await ManagerAsync();
        var token = await manager.AntiforgeryTokenAsync("/tab/beheer");

        using var set = await manager.Http.PostAsync("/tab/beheer?handler=Begroting", TabClient.Form(("stuurgroep", "beleven"), ("jaar", "2026"), ("bedrag", "veel"), ("__af", token)));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("class=\"fout\"", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, page) = await manager.GetAsync("/tab/begroting?stuurgroep=beleven&jaar=2026");
        Assert.Contains("Er is geen deelbegroting voor 2026.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beheer_PostWithoutAntiforgery_IsRefused()
    {
        using var manager = await ManagerAsync();
        using var set = await manager.Http.PostAsync("/tab/beheer?handler=Begroting", TabClient.Form(("stuurgroep", "beleven"), ("jaar", "2026"), ("bedrag", "85.000")));
        Assert.Equal(HttpStatusCode.BadRequest, set.StatusCode);
    }

    private async Task<TabClient> ManagerAsync()
    {
        var client = TabClient.For(_app);
        await client.SignInAsDemoAsync(Manager);
        return client;
    }

    private static async Task<string> UploadAsync(TabClient client, string csv)
    {
        var token = await client.AntiforgeryTokenAsync("/tab/beheer");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__af" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "bestand", "register.csv" },
        };
        using var response = await client.Http.PostAsync("/tab/beheer?handler=Controleren", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
