using Azure.Data.Tables;
using CoopBot.Domain.Registry;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Jobs;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Seed 002 terms: 60 days before a seat ends, the chair (1:1) and the community manager get one notice, through a durable job.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TermNoticeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SeatEndingWithinSixtyDays_ChairAndCommunityManagerToldOnce()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "help"));
        var start = DateTimeOffset.UtcNow.AddYears(-2).AddDays(30);
        var ending = new MemberSeat(
            Seat.Propose("beleven-fien", "beleven", DemoUser.NonMember.AadObjectId, "bib-antwerpen", SeatRole.Lid, start, Experience.Nieuw).Ratify(new DateOnly(2024, 1, 1)).Value!,
            DemoUser.NonMember.Name,
            DemoUser.NonMember.TeamsId);
        var writer = _app.GetService<RegistryWriter>();

        await writer.UpsertSeatsAsync([ending], CancellationToken.None);
        var toManager = await WaitForPostAsync(_app, "/v3/conversations/group-chat-id/activities", RegistryTexts.TermEnding(
            DemoUser.NonMember.Name, "lid", "Stuurgroep Beleven", CoopBot.Common.DutchFormat.Date(ending.Seat.TermEnd, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"))));
        await WaitForPostAsync(_app, "/v3/conversations/a:1on1", toManager.Text!);
        var chat = Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal("user-id-8", chat.Body!["members"]![0]!["id"]!.GetValue<string>()); // Ilse Van Damme chairs Beleven

        await writer.UpsertSeatsAsync([ending], CancellationToken.None);
        await _app.GetService<JobScheduler>().ScheduleAsync(TermNoticeJob.Type, TermNoticeJob.Key(ending.Seat), DateTimeOffset.UtcNow, null, CancellationToken.None);
        await Eventually.TrueAsync(() => JobsPendingAsync(), Wait, "the rescheduled notice job ran");

        Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations/group-chat-id/activities"), c => c.Text == toManager.Text);
    }

    [Fact]
    public async Task SeatWritten_NoticeScheduledSixtyDaysBeforeItsEnd()
    {
        var seat = Seat.Propose("beleven-new", "beleven", DemoUser.NonMember.AadObjectId, "bib-antwerpen", SeatRole.Lid, DateTimeOffset.UtcNow.AddYears(-1), Experience.Nieuw);

        await _app.GetService<RegistryWriter>().UpsertSeatsAsync([new MemberSeat(seat, DemoUser.NonMember.Name, DemoUser.NonMember.TeamsId)], CancellationToken.None);

        var table = await _app.GetService<CoopBot.Storage.ITableClientProvider>().GetTableAsync("Jobs");
        var due = new List<DateTimeOffset?>();
        await foreach (var job in table.QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
        {
            if (job.GetString("Key") == TermNoticeJob.Key(seat))
            {
                due.Add(job.GetDateTimeOffset("DueAt"));
            }
        }

        Assert.Equal(seat.TermEnd.AddDays(-60), Assert.Single(due));
    }

    private async Task<bool> JobsPendingAsync()
    {
        var table = await _app.GetService<CoopBot.Storage.ITableClientProvider>().GetTableAsync("Jobs");
        await foreach (var job in table.QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
        {
            if (job.GetString("Type") == TermNoticeJob.Type && (job.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MaxValue) < DateTimeOffset.UtcNow)
            {
                return false;
            }
        }

        return true;
    }
}
