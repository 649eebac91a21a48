using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Issue 7, calendar: the event JSON Graph receives (times in Europe/Brussels with DST), then PATCH and cancel.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class GraphCalendarTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Token = FakeGraph.Token;
    private FakeGraph _graph = null!;
    private CoopBotApp _app = null!;
    private MeetingFlow _flow = null!;

    private static int NextYear => DateTime.UtcNow.Year + 1;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _app = await _graph.StartAppAsync(azurite.Server);
        _flow = new MeetingFlow(_app);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _graph.DisposeAsync();
    }

    public static TheoryData<string, int, int, int, int, int, string, string> Seasons() => new()
    {
        // name, month, day (0 = last Sunday: DST starts at 02:00), hour, minute, minutes, expected local start, expected local end
        { "winter", 1, 14, 14, 0, 90, "01-14T14:00:00", "01-14T15:30:00" },
        { "zomer", 7, 15, 14, 0, 120, "07-15T14:00:00", "07-15T16:00:00" },
        { "omschakeling", 3, 0, 1, 30, 120, "T01:30:00", "T04:30:00" },
    };

    [Theory]
    [MemberData(nameof(Seasons))]
    public async Task Schedule_CreatesOnlineTeamsEventInBrusselsTime(string name, int month, int day, int hour, int minute, int minutes, string start, string end)
    {
        var date = day > 0 ? new DateTime(NextYear, month, day) : LastSunday(NextYear, month);
        await _flow.ScheduleMeetingAsync(date.AddHours(hour).AddMinutes(minute), minutes, $"Vergadering {name}");

        await Eventually.TrueAsync(() => _graph.Calls("POST", "/events").Count == 1, MeetingFlow.Wait, "the event is created through Graph");
        var request = _graph.Calls("POST", "/events").Single();
        var ev = FakeGraph.Json(request);
        var prefix = day > 0 ? $"{NextYear}-" : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/v1.0/users/{Uri.EscapeDataString(FakeGraph.Mailbox)}/events", request.PathAndQuery);
        Assert.Equal($"Bearer {Token}", request.Header("Authorization"));
        Assert.Equal(prefix + start, ev["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal(prefix + end, ev["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("Romance Standard Time", ev["start"]!["timeZone"]!.GetValue<string>());
        Assert.Equal("Romance Standard Time", ev["end"]!["timeZone"]!.GetValue<string>());
        Assert.True(ev["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", ev["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal($"Stuurgroep Basisinfrastructuur Digitale Bibliotheek: Vergadering {name}", ev["subject"]!.GetValue<string>());
        var emails = ev["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).ToList();
        Assert.Contains("an.peeters@cultuurconnect.be", emails);
        Assert.Contains("bram.claes@bibliotheek.gent.be", emails);
        Assert.DoesNotContain("fien.desmet@bibliotheek.antwerpen.be", emails); // not a member of this stuurgroep
        Assert.All(ev["attendees"]!.AsArray(), a => Assert.Equal("required", a!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ScheduleMoveCancel_CreatesPatchesAndCancelsTheEvent_CardShowsTeamsLink()
    {
        var meetingId = await _flow.ScheduleMeetingAsync(new DateTime(NextYear, 10, 6, 9, 0, 0), 60, "Najaar");
        await _flow.WaitForCallAsync("PUT", "/activities/", MeetingTexts.JoinButton);

        var move = new JsonObject { ["meetingId"] = meetingId };
        MeetingFlow.AddMoment(move, 1, new DateTime(NextYear, 11, 3, 13, 0, 0), 60);
        await _flow.InvokeAsync(DemoUser.Chair, "meetings.reschedule", move);
        await Eventually.TrueAsync(() => _graph.Calls("PATCH", "/events/evt-1").Count == 1, MeetingFlow.Wait, "the event is moved");
        var patch = FakeGraph.Json(_graph.Calls("PATCH", "/events/evt-1").Single());
        Assert.Equal($"{NextYear}-11-03T13:00:00", patch["start"]!["dateTime"]!.GetValue<string>()); // winter time again: CET

        await _flow.InvokeAsync(DemoUser.Chair, "meetings.cancel", new JsonObject { ["meetingId"] = meetingId });
        await Eventually.TrueAsync(() => _graph.Calls("POST", "/events/evt-1/cancel").Count == 1, MeetingFlow.Wait, "the event is cancelled");
        Assert.Single(_graph.Calls("POST", "/events"));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
