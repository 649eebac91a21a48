using System.Globalization;
using System.Net;
using CoopBot.Confidentiality;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Domain.Meetings;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Meetings;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// The Vergaderingen page: planned, held and cancelled meetings per stuurgroep and year against the 1–3 rule, the
/// agenda and the published verslag; a confidential point in full only for an NDA signer of the stuurgroep, for
/// everyone else (members without NDA, coöperanten) the public version without its text or amount.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabMeetingsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Group = "basisinfrastructuur";
    private const string Secret = "Offerte Zeta";
    private CoopBotApp _app = null!;
    private int _year;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);
        var meetings = _app.GetService<MeetingService>();
        var chair = new Actor(DemoUser.Chair.AadObjectId, DemoUser.Chair.Name, DemoUser.Chair.TeamsId);
        MeetingActor By(string key) => new(chair, "tab-meetings-" + key);

        // Held: starts in two seconds (a meeting cannot be planned in the past), the verslag follows once it has begun.
        var start = DateTimeOffset.UtcNow.AddSeconds(2);
        _year = MeetingCalendar.LocalYear(start, meetings.TimeZone);
        var held = (await meetings.ScheduleAsync(Group, By("held"), "Voorjaarsvergadering", new SlotCandidate("s1", start, TimeSpan.FromHours(1), true, null), default)).Value!;
        await meetings.AddAgendaItemAsync(held.Id, By("a1"), new AgendaItemInput("Nieuwe website", "An Peeters", 20, false, null, null), default);
        await meetings.AddAgendaItemAsync(held.Id, By("a2"), new AgendaItemInput(Secret, "An Peeters", 20, true, null, "123456"), default);
        await Eventually.TrueAsync(() => DateTimeOffset.UtcNow > start, TimeSpan.FromSeconds(10), "the meeting has begun");
        var minutes = new MinutesInput(new Dictionary<int, string?> { [1] = "De website werd goedgekeurd.", [2] = "Korting 37 procent." }, new Dictionary<int, string?>(), [DemoUser.Chair.AadObjectId]);
        Assert.True((await meetings.PublishMinutesAsync(held.Id, By("verslag"), minutes, default)).IsSuccess);

        // Cancelled, later the same year when there is room left in it; else the page's year has one held meeting only.
        var later = start.AddHours(1);
        if (MeetingCalendar.LocalYear(later, meetings.TimeZone) == _year)
        {
            var cancelled = (await meetings.ScheduleAsync(Group, By("cancel"), "Najaarsvergadering", new SlotCandidate("s2", later, TimeSpan.FromHours(1), true, null), default)).Value!;
            Assert.True((await meetings.CancelAsync(cancelled.Id, By("cancelled"), default)).IsSuccess);
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task NdaSigner_SeesTheYearAgainstTheRule_AndTheConfidentialPointInFull()
    {
        var signed = await _app.GetService<NdaService>().AcknowledgeAsync(Group, new Actor(DemoUser.Els.AadObjectId, DemoUser.Els.Name, DemoUser.Els.TeamsId), "tab-meetings-nda", CancellationToken.None);
        Assert.True(signed.IsSuccess);
        using var els = await SignedInAsync(DemoUser.Els.TeamsId);

        var (status, html) = await els.GetAsync($"/tab/vergaderingen?jaar={_year.ToString(CultureInfo.InvariantCulture)}");

        Assert.Equal(HttpStatusCode.OK, status);
        var basis = Section(html);
        Assert.Contains("<th scope=\"row\">Gehouden</th><td class=\"num\">1</td>", basis, StringComparison.Ordinal);
        Assert.Contains(MeetingCap.RuleText, html, StringComparison.Ordinal);
        Assert.Contains("Voorjaarsvergadering", basis, StringComparison.Ordinal);
        Assert.Contains("De website werd goedgekeurd.", basis, StringComparison.Ordinal);
        Assert.Contains(Secret, basis, StringComparison.Ordinal);
        Assert.Contains("€ 123.456,00", basis, StringComparison.Ordinal);
        Assert.Contains("Korting 37 procent.", basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("user-id-1")] // Bram: member, no NDA
    [InlineData("user-id-5")] // Fien: coöperant, no seat
    public async Task NonSigner_SeesThePublicVersionOnly(string teamsId)
    {
        using var client = await SignedInAsync(teamsId);

        var (status, html) = await client.GetAsync($"/tab/vergaderingen?jaar={_year.ToString(CultureInfo.InvariantCulture)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("De website werd goedgekeurd.", Section(html), StringComparison.Ordinal);
        Assert.Contains(PublicRedaction.ConfidentialTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("123.456", html, StringComparison.Ordinal);
        Assert.DoesNotContain("37 procent", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndedYearWithoutMeeting_IsFlaggedWithTheRule_AndPersonWithoutStuurgroepSeesNone()
    {
        using var manager = await SignedInAsync("user-id-6");
        using var ward = await SignedInAsync("user-id-19");

        var (_, past) = await manager.GetAsync($"/tab/vergaderingen?stuurgroep=beleven&jaar={(_year - 1).ToString(CultureInfo.InvariantCulture)}");
        var (_, none) = await ward.GetAsync("/tab/vergaderingen");

        Assert.Contains($"In {_year - 1} is de stuurgroep niet samengekomen.", past, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"vergaderingen-basisinfrastructuur\"", past, StringComparison.Ordinal);
        Assert.Contains("href=\"/tab/stuurgroepen?stuurgroep=beleven\"", past, StringComparison.Ordinal);
        Assert.Contains("Er is geen stuurgroep die je mag bekijken.", none, StringComparison.Ordinal);
    }

    private static string Section(string html) => TabClient.Part(html, $"vergaderingen-{Group}");

    private Task<TabClient> SignedInAsync(string teamsId) => TabClient.SignedInAsync(_app, teamsId);
}
