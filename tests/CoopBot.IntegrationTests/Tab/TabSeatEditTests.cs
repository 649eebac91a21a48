using CoopBot.Registry.Contracts;
using System.Net;
using CoopBot.Domain.Registry;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry;
using CoopBot.Testing;
using CoopBot.Tab;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// Beheer's seat form: the community manager edits a seat's role, term and ratification date with the registry import's
/// validation (a refused edit changes nothing and says why in Dutch), every change audited; nobody else may post it.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabSeatEditTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Group = "basisinfrastructuur";
    private static readonly string BramSeat = $"{Group}|{DemoUser.Bram.AadObjectId}";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await CoopBotApp.StartAsync(azurite.Server, new Dictionary<string, string?>(), TabClient.AsLoopbackCaller);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Manager_EditsRoleTermAndRatification_SeatChangesAndTheChangeIsAudited()
    {
        using var manager = await SignedInAsync("user-id-6");
        var token = await manager.AntiforgeryTokenAsync("/tab/beheer?zitje=" + Uri.EscapeDataString(BramSeat));

        using var saved = await manager.Http.PostAsync("/tab/beheer?handler=Zitje", Form(token, "Productmanager", "2026-01-01", "2027-12-31", "2025-12-15"));
        var html = await saved.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(TabTexts.SeatSaved, html, StringComparison.Ordinal);
        var seat = (await BramAsync()).Seat;
        Assert.Equal(SeatRole.Productmanager, seat.Role);
        Assert.Equal(new DateOnly(2025, 12, 15), seat.RatifiedOn);
        Assert.Equal(new DateTimeOffset(2027, 12, 31, 0, 0, 0, TimeSpan.FromHours(1)), seat.TermEnd);
        Assert.Contains("Goedele Verhaegen, zitje, voor: Bram Claes in basisinfrastructuur: Lid", html, StringComparison.Ordinal);
        Assert.Contains("na: Bram Claes in basisinfrastructuur: Productmanager, 1 januari 2026 tot 31 december 2027, bekrachtigd op 15 december 2025", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lid", "2026-01-01", "2025-01-01", "", "termEnd moet na termStart liggen.")]
    [InlineData("Koning", "2026-01-01", "", "", "role")]
    [InlineData("Lid", "1 januari", "", "", "termstart")]
    public async Task Manager_InvalidEdit_ChangesNothing_AndSaysWhyInDutch(string role, string start, string end, string ratified, string problem)
    {
        using var manager = await SignedInAsync("user-id-6");
        var before = await BramAsync();
        var token = await manager.AntiforgeryTokenAsync("/tab/beheer?zitje=" + Uri.EscapeDataString(BramSeat));

        using var refused = await manager.Http.PostAsync("/tab/beheer?handler=Zitje", Form(token, role, start, end, ratified));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-testid=\"zitje-fouten\"", html, StringComparison.Ordinal);
        Assert.Contains(problem, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("regel 2:", html, StringComparison.Ordinal);
        Assert.Equal(before, await BramAsync());
        Assert.DoesNotContain(", zitje,", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chair_CannotPostTheSeatForm_AndAFormWithoutAntiforgeryIsRefused()
    {
        using var chair = await SignedInAsync(DemoUser.Chair.TeamsId);
        using var manager = await SignedInAsync("user-id-6");
        var before = await BramAsync();
        var chairToken = await chair.AntiforgeryTokenAsync("/tab/dev/aanmelden");

        using var byChair = await chair.Http.PostAsync("/tab/beheer?handler=Zitje", Form(chairToken, "Productmanager", "2026-01-01", "2027-12-31", ""));
        using var withoutToken = await manager.Http.PostAsync("/tab/beheer?handler=Zitje", Form(null, "Productmanager", "2026-01-01", "2027-12-31", ""));

        Assert.Equal(HttpStatusCode.Forbidden, byChair.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(before, await BramAsync());
    }

    private static FormUrlEncodedContent Form(string? token, string role, string start, string end, string ratified)
    {
        var fields = new List<(string, string)> { ("stuurgroep", Group), ("persoon", DemoUser.Bram.AadObjectId), ("rol", role), ("start", start), ("einde", end), ("bekrachtigd", ratified) };
        if (token is not null)
        {
            fields.Add(("__af", token));
        }

        return TabClient.Form([.. fields]);
    }

    private async Task<MemberSeat> BramAsync() =>
        (await _app.GetService<IMembershipDirectory>().GetSeatsAsync(Group, CancellationToken.None)).Single(s => s.AadObjectId == DemoUser.Bram.AadObjectId);

    private Task<TabClient> SignedInAsync(string teamsId) => TabClient.SignedInAsync(_app, teamsId);
}
