using CoopBot.Registry.Contracts;
using System.Net;
using CoopBot.Domain.Registry;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// The Stuurgroepen page per role: the composition (seats, terms, ratification, werkgroepen) for whoever may open the
/// stuurgroep; the balance charts only for that group's chair and the community manager (the domain's rule, as the chat
/// command); a term ending within 90 days is listed; the channel tab's stuurgroep filter.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabSteeringGroupsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Page = "/tab/stuurgroepen";
    private const string ProvinceChart = "Leden per provincie";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);
        // Fien's proposed seat in Basisinfrastructuur ends in 30 days; Chloë's term is far away.
        var start = DateTimeOffset.UtcNow.AddYears(-2).AddDays(30);
        var ending = Seat.Propose("basis-fien", "basisinfrastructuur", DemoUser.NonMember.AadObjectId, "bib-antwerpen", SeatRole.Lid, start, Experience.Nieuw);
        await _app.GetService<RegistryWriter>().UpsertSeatsAsync([new MemberSeat(ending, DemoUser.NonMember.Name, DemoUser.NonMember.TeamsId)], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Chair_SeesCompositionBalanceChartsAndTheTermEndingSoon()
    {
        using var an = await SignedInAsync(DemoUser.Chair.TeamsId);

        var (status, html) = await an.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, status);
        var basis = Section(html, "basisinfrastructuur");
        Assert.Contains("Bram Claes", basis, StringComparison.Ordinal);
        Assert.Contains("bekrachtigd op", basis, StringComparison.Ordinal);
        Assert.Contains("voorgesteld, nog niet bekrachtigd", basis, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", basis, StringComparison.Ordinal);
        Assert.Contains($"<title id=\"s-basisinfrastructuur-p-t\">{ProvinceChart}: Stuurgroep Basisinfrastructuur Digitale Bibliotheek</title>", basis, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Pilootbibliotheek</th>", basis, StringComparison.Ordinal);
        var ending = TabClient.Part(basis, "aflopend-basisinfrastructuur", "</ul>");
        Assert.Contains("Fien De Smet", ending, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram Claes", ending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_SeesTheCompositionButNotTheBalance()
    {
        using var bram = await SignedInAsync(DemoUser.Bram.TeamsId);

        var (status, html) = await bram.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("An Peeters", Section(html, "basisinfrastructuur"), StringComparison.Ordinal);
        Assert.DoesNotContain(ProvinceChart, html, StringComparison.Ordinal);
        Assert.Contains("zien de voorzitter van deze stuurgroep en de community manager", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunityManager_SeesTheBalanceOfEveryStuurgroep_AndTheChannelFilterKeepsOne()
    {
        using var manager = await SignedInAsync("user-id-6");

        var (_, all) = await manager.GetAsync(Page);
        var (_, beleven) = await manager.GetAsync(Page + "?stuurgroep=beleven");

        foreach (var group in new[] { "basisinfrastructuur", "digitale-collecties", "beleven", "inspireren" })
        {
            Assert.Contains(ProvinceChart, Section(all, group), StringComparison.Ordinal);
        }

        Assert.Contains("data-testid=\"stuurgroep-beleven\"", beleven, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"stuurgroep-basisinfrastructuur\"", beleven, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonWithoutSeatOrService_SeesNoStuurgroep_AndAnonymousIsSentToSignIn()
    {
        using var ward = await SignedInAsync("user-id-19");
        using var anonymous = TabClient.For(_app);

        var (status, html) = await ward.GetAsync(Page);
        var (anonymousStatus, _) = await anonymous.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Er is geen stuurgroep die je mag bekijken.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram Claes", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymousStatus);
    }

    private static string Section(string html, string group) => TabClient.Part(html, $"stuurgroep-{group}");

    private Task<TabClient> SignedInAsync(string teamsId) => TabClient.SignedInAsync(_app, teamsId);
}
