using System.Net;
using CoopBot.Common;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Tab;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// The besluitenregister per role: scope intern for members and bodies, publiek for coöperanten, nothing for others;
/// confidential text and amounts only for NDA signers, in the HTML and in the exports; filters; the CLI's exporter.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabRegisterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Basis = "basisinfrastructuur";
    private const string Secret = "Offerte Zeta";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);
        var register = _app.GetService<DecisionRegister>();
        foreach (var entry in Entries)
        {
            await register.RecordAsync(entry, CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly RegisterRow[] Entries =
    [
        Entry(Basis, "d-zoek", "Nieuwe zoekmachine", new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero), 60_000_00, confidential: false),
        Entry(Basis, "d-zeta", Secret, new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero), 123_456_00, confidential: true) with { OutcomeStatement = "korting 37 procent" },
        Entry(Basis, "d-oud", "Catalogus 2024", new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero), 20_000_00, confidential: false),
        Entry("beleven", "d-arcade", "Arcadegames vernieuwen", new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero), 90_000_00, confidential: false)
            with { Status = "Geweigerd door directie: te duur" },
    ];

    [Fact]
    public async Task Register_MemberWithoutNda_SeesConfidentialEntryAsPlaceholderOnly_InPageAndExports()
    {
        using var bram = await SignedInAsync(DemoUser.Bram.TeamsId);

        var (status, html) = await bram.GetAsync("/tab/besluiten");
        var (_, csv) = await bram.GetAsync("/tab/besluiten/export.csv");
        var (_, md) = await bram.GetAsync("/tab/besluiten/export.md");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nieuwe zoekmachine", html, StringComparison.Ordinal);
        Assert.Contains("€ 60.000,00", html, StringComparison.Ordinal);
        foreach (var text in new[] { html, csv, md })
        {
            Assert.Contains(TabTexts.ConfidentialTitle, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("123.456", text, StringComparison.Ordinal);
            Assert.DoesNotContain("37 procent", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Register_MemberAfterSigningTheNda_SeesTheConfidentialDetails()
    {
        var signed = await _app.GetService<NdaService>().AcknowledgeAsync(Basis, new Actor(DemoUser.Els.AadObjectId, DemoUser.Els.Name, DemoUser.Els.TeamsId), "tab-nda", CancellationToken.None);
        Assert.True(signed.IsSuccess);
        using var els = await SignedInAsync(DemoUser.Els.TeamsId);

        var (_, html) = await els.GetAsync("/tab/besluiten?stuurgroep=basisinfrastructuur");
        var (_, csv) = await els.GetAsync("/tab/besluiten/export.csv?stuurgroep=basisinfrastructuur");

        Assert.Contains(Secret, html, StringComparison.Ordinal);
        Assert.Contains("€ 123.456,00", html, StringComparison.Ordinal);
        Assert.Contains(Secret, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_CooperantWhoIsNoMember_SeesThePublicScopeOnly()
    {
        using var fien = await SignedInAsync(DemoUser.NonMember.TeamsId);

        var (_, html) = await fien.GetAsync("/tab/besluiten");
        var (_, csv) = await fien.GetAsync("/tab/besluiten/export.csv");

        Assert.Contains("Nieuwe zoekmachine", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TabTexts.ConfidentialTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain("d-zeta", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Arcadegames", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_PersonWithoutSeatOrService_SeesNoDecisions()
    {
        using var ward = await SignedInAsync("user-id-19");
        var (status, html) = await ward.GetAsync("/tab/besluiten");
        var (_, csv) = await ward.GetAsync("/tab/besluiten/export.csv");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Geen besluiten", html, StringComparison.Ordinal);
        Assert.Equal(1, csv.Count(c => c == '\n'));
    }

    [Fact]
    public async Task Register_Filters_ByGroupYearStatusAndAmount()
    {
        using var katrien = await SignedInAsync(BodyUsers.Katrien.TeamsId);

        var (_, year) = await katrien.GetAsync("/tab/besluiten?stuurgroep=basisinfrastructuur&jaar=2025");
        var (_, amount) = await katrien.GetAsync("/tab/besluiten?min=50000&max=70.000");
        var (_, refused) = await katrien.GetAsync("/tab/besluiten?status=" + Uri.EscapeDataString("Geweigerd"));
        var (_, hiddenAmount) = await katrien.GetAsync("/tab/besluiten?min=80000");

        Assert.Contains("Nieuwe zoekmachine", year, StringComparison.Ordinal);
        Assert.DoesNotContain("Catalogus 2024", year, StringComparison.Ordinal);
        Assert.DoesNotContain("Arcadegames", year, StringComparison.Ordinal);
        Assert.Contains("Nieuwe zoekmachine", amount, StringComparison.Ordinal);
        Assert.DoesNotContain("Arcadegames", amount, StringComparison.Ordinal);
        Assert.Contains("Arcadegames vernieuwen", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe zoekmachine", refused, StringComparison.Ordinal);
        // Without an NDA the confidential amount is gone before filtering: a range cannot reveal it.
        Assert.DoesNotContain(TabTexts.ConfidentialTitle, hiddenAmount, StringComparison.Ordinal);
        Assert.Contains("Arcadegames vernieuwen", hiddenAmount, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_InvalidFilter_IsReportedInDutchAndShowsEverything()
    {
        using var bram = await SignedInAsync(DemoUser.Bram.TeamsId);
        var (status, html) = await bram.GetAsync("/tab/besluiten?jaar=abc&min=nul&status=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Deze filter is niet geldig", html, StringComparison.Ordinal);
        Assert.Contains("Nieuwe zoekmachine", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OfTheFilter_IsTheCliExportersOutput()
    {
        using var katrien = await SignedInAsync(BodyUsers.Katrien.TeamsId);
        using var response = await katrien.Http.GetAsync("/tab/besluiten/export.csv?stuurgroep=basisinfrastructuur&jaar=2025");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(RegisterExport.ToCsv([]).TrimEnd('\n'), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("basisinfrastructuur,d-zeta,Voorstel,Vertrouwelijk punt,2025-06-01 09:00Z", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("basisinfrastructuur,d-zoek,Voorstel,Nieuwe zoekmachine,2025-03-10 09:00Z", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutSession_Is401()
    {
        using var anonymous = TabClient.For(_app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/tab/besluiten/export.csv")).Status);
    }

    [Fact]
    public async Task ChannelTab_ConfigurationPageListsTheStuurgroepen_AndItsUrlFiltersTheRegister()
    {
        using var anonymous = TabClient.For(_app);
        var (status, config) = await anonymous.GetAsync("/tab/configuratie");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-team=\"7d8e9f00-1111-4222-8333-444455556666\">Stuurgroep Basisinfrastructuur Digitale Bibliotheek", config, StringComparison.Ordinal);

        using var katrien = await SignedInAsync(BodyUsers.Katrien.TeamsId);
        var (_, channel) = await katrien.GetAsync("/tab/besluiten?stuurgroep=beleven");
        Assert.Contains("Arcadegames vernieuwen", channel, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe zoekmachine", channel, StringComparison.Ordinal);
    }

    private async Task<TabClient> SignedInAsync(string teamsId)
    {
        var client = TabClient.For(_app);
        await client.SignInAsDemoAsync(teamsId);
        return client;
    }

    private static RegisterRow Entry(string group, string id, string title, DateTimeOffset at, long cents, bool confidential) =>
        new(group, id, "Voorstel", title, at, at.AddDays(7), "Besloten", "Aangenomen", 4, 4, cents, false, confidential, null);
}
