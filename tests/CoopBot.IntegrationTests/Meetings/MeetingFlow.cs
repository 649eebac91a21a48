using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Meetings;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Drives the meetings slice over HTTP the way Teams would.</summary>
public sealed class MeetingFlow(CoopBotApp app)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public const string Group = "basisinfrastructuur";

    /// <summary>Settings for an app that broadcasts: queue worker on, fast polling.</summary>
    public static Dictionary<string, string?> BroadcastSettings() => new()
    {
        ["Broadcast:Enabled"] = "true",
        ["Broadcast:PollInterval"] = "00:00:00.100",
        ["Broadcast:VisibilityTimeout"] = "00:00:05",
        ["Broadcast:StatsUpdateInterval"] = "00:00:00.500",
    };

    public CoopBotApp App => app;

    /// <summary>Moment {i} of a card in Brussels wall-clock time.</summary>
    public static void AddMoment(JsonObject data, int i, DateTime local, int minutes = 120, bool online = true, string? place = null)
    {
        data[$"date{i}"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data[$"time{i}"] = local.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        data[$"minutes{i}"] = minutes.ToString(CultureInfo.InvariantCulture);
        data[$"online{i}"] = online ? "true" : "false";
        if (place is not null)
        {
            data[$"place{i}"] = place;
        }
    }

    public Task<JsonNode> InvokeAsync(DemoUser user, string verb, JsonObject data, string? activityId = null) =>
        app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, user, verb, (JsonObject)data.DeepClone(), activityId));

    /// <summary>New channel threads the bot started (POST /v3/conversations itself, not its activities).</summary>
    public IReadOnlyList<ConnectorCall> Threads() =>
        app.Connector.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();

    /// <summary>The chair fixes a date directly; returns the invoke response.</summary>
    public Task<JsonNode> ScheduleAsync(DateTime local, int minutes = 120, string title = "Voorjaarsvergadering", DemoUser? by = null, string? activityId = null, bool online = true, string? place = null)
    {
        var data = new JsonObject { ["steeringGroupId"] = Group, ["title"] = title };
        AddMoment(data, 1, local, minutes, online, place);
        return InvokeAsync(by ?? DemoUser.Chair, "meetings.schedule", data, activityId);
    }

    /// <summary>Schedules and returns the id of the meeting card that was posted as a new thread.</summary>
    public async Task<string> ScheduleMeetingAsync(DateTime local, int minutes = 120, string title = "Voorjaarsvergadering")
    {
        var before = Threads().Count;
        var response = await ScheduleAsync(local, minutes, title);
        Assert.Contains(MeetingTexts.PlannedHeading, response.ToJsonString(), StringComparison.Ordinal);
        var threads = Threads();
        Assert.Equal(before + 1, threads.Count);
        return MeetingIdOf(threads[^1].Card!);
    }

    public static string MeetingIdOf(JsonNode card) =>
        card.ToJsonString().Split("\"meetingId\":\"", 2)[1].Split('"')[0];

    /// <summary>The Adaptive Card of an invoke response.</summary>
    public static string CardText(JsonNode response) => response["value"]?.ToJsonString() ?? response.ToJsonString();

    public async Task<ConnectorCall> WaitForCallAsync(string method, string pathContains, string text)
    {
        await Eventually.TrueAsync(() => app.Connector.CallsTo(method, pathContains).Any(c => Contains(c, text)), Wait, $"a {method} {pathContains} containing '{text}'");
        return app.Connector.CallsTo(method, pathContains).Last(c => Contains(c, text));
    }

    public static bool Contains(ConnectorCall call, string text) =>
        call.Body?.ToJsonString().Contains(Escape(text), StringComparison.Ordinal) == true;

    // JSON escapes non-ASCII and some punctuation; compare on the serialised form of the text.
    public static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];

    /// <summary>A future local date in Brussels, whole minutes.</summary>
    public static DateTime InDays(int days, int hour = 14) => DateTime.UtcNow.Date.AddDays(days).AddHours(hour);
}
