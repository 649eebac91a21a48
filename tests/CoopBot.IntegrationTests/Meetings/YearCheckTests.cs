using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Jobs;
using CoopBot.Jobs.Contracts;
using CoopBot.Meetings;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Issue 7: by 1 June a stuurgroep with no meeting planned gets one notice to its chair.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class YearCheckTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private MeetingFlow _flow = null!;

    private static int NextYear => DateTime.UtcNow.Year + 1;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new MeetingFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IJobHandler Job => _app.GetService<IEnumerable<IJobHandler>>().Single(h => h.JobType == MeetingYearCheckJob.Type);

    /// <summary>The job as the worker runs it on 1 June at 09:00 Brussels time (07:00 UTC in summer time).</summary>
    private Task<JobResult> RunOnFirstOfJuneAsync() =>
        Job.RunAsync(new JobItem(MeetingYearCheckJob.Type, "all", new DateTimeOffset(NextYear, 6, 1, 7, 0, 0, TimeSpan.Zero), null, 0), CancellationToken.None);

    private List<ConnectorCall> NoticesTo(string teamsUserId) =>
        _app.Connector.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && c.Body?["members"]?[0]?["id"]?.GetValue<string>() == teamsUserId).ToList();

    private int NoticeMessages(int year, string group) =>
        _app.Connector.Calls.Count(c => c.Text?.Contains($"Er staat voor {year} nog geen vergadering van de {group} gepland", StringComparison.Ordinal) == true);

    [Fact]
    public async Task FirstOfJune_NothingPlanned_OneNoticeToTheChair_PlannedGroupIsLeftAlone()
    {
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 10, 6, 14, 0, 0)); // also records the tenant's serviceUrl

        var next = await RunOnFirstOfJuneAsync();
        Assert.Equal(0, NoticeMessages(NextYear, "Stuurgroep Basisinfrastructuur Digitale Bibliotheek"));
        Assert.Equal(1, NoticeMessages(NextYear, "Stuurgroep Digitale Collecties"));

        await _flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = meetingId });
        await RunOnFirstOfJuneAsync();
        await RunOnFirstOfJuneAsync();

        Assert.NotEmpty(NoticesTo(DemoUser.Chair.TeamsId));
        Assert.Equal(1, NoticeMessages(NextYear, "Stuurgroep Basisinfrastructuur Digitale Bibliotheek"));
        Assert.Equal(1, NoticeMessages(NextYear, "Stuurgroep Digitale Collecties"));
        Assert.Equal(new DateTimeOffset(NextYear, 6, 2, 7, 0, 0, TimeSpan.Zero), Assert.IsType<JobResult.RescheduleResult>(next).When);
    }

    [Theory]
    [InlineData("2027-03-10T12:00:00+01:00", "2027-06-01T07:00:00+00:00")]
    [InlineData("2027-06-01T08:59:00+02:00", "2027-06-01T07:00:00+00:00")]
    [InlineData("2027-06-01T09:00:00+02:00", "2027-06-02T07:00:00+00:00")]
    [InlineData("2027-12-31T10:00:00+01:00", "2028-06-01T07:00:00+00:00")]
    public void NextRun_FromJuneDailyAtNine(string now, string expected)
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

        var next = MeetingYearCheckJob.NextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), brussels, 9);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
