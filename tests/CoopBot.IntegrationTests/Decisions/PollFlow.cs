using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Drives the poll slice over HTTP the way Teams would, for reuse across tests.</summary>
public sealed class PollFlow(CoopBotApp app)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public CoopBotApp App => app;

    /// <summary>The chair asks for the form, submits it, and the bot posts the poll card in a new thread.</summary>
    public Task<string> CreatePollAsync(string title = "Welke leverancier kiezen we voor de bibliotheekwebsites?", params string[] options)
    {
        options = options.Length == 0 ? ["Leverancier A", "Leverancier B", "Nog niet beslissen"] : options;
        return CreateAsync("stemming", title, new JsonObject { ["options"] = string.Join('\n', options) });
    }

    /// <summary>Submits a creation form (voorstel, stemming, stelling) with extra fields, expecting success; returns the poll id.</summary>
    public async Task<string> CreateAsync(string form, string title, JsonObject? fields = null, DemoUser? creator = null)
    {
        var response = await SubmitFormAsync(form, title, fields, creator);
        Assert.Contains("gestart", response.ToJsonString(), StringComparison.Ordinal);
        var thread = app.Connector.CallsTo("POST", "/v3/conversations").Last();
        return PollIdOf(thread.Card!);
    }

    /// <summary>Submits a creation form and returns the invoke response (the created card, or the form with an error).</summary>
    public async Task<JsonNode> SubmitFormAsync(string form, string title, JsonObject? fields = null, DemoUser? creator = null)
    {
        var data = new JsonObject
        {
            ["form"] = form,
            ["steeringGroupId"] = "basisinfrastructuur",
            ["title"] = title,
            ["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["closesTime"] = "17:00",
        };
        foreach (var (key, value) in fields ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var response = await app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, creator ?? DemoUser.Chair, "decisions.create", data));
        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        return response;
    }

    public Task<JsonNode> ActAsync(DemoUser actor, string verb, string pollId, JsonObject? fields = null, string? activityId = null)
    {
        var data = new JsonObject { ["pollId"] = pollId };
        foreach (var (key, value) in fields ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, actor, verb, data, activityId));
    }

    public Task<JsonNode> VoteAsync(DemoUser voter, string pollId, string choice, string? activityId = null) =>
        app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, voter, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = choice }, activityId));

    public Task<JsonNode> CloseAsync(DemoUser actor, string pollId) =>
        app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, actor, "decisions.close", new JsonObject { ["pollId"] = pollId }));

    public Task<JsonNode> RefreshAsync(DemoUser viewer, string pollId) =>
        app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, viewer, "decisions.refresh", new JsonObject { ["pollId"] = pollId }));

    /// <summary>Waits until the connector has received a card update (PUT) containing the text.</summary>
    public async Task<ConnectorCall> WaitForCardUpdateAsync(string text)
    {
        await Eventually.TrueAsync(() => app.Connector.CallsTo("PUT", "/activities/").Any(c => Contains(c, text)), Wait, $"a card update containing '{text}'");
        return app.Connector.CallsTo("PUT", "/activities/").Last(c => Contains(c, text));
    }

    public static string PollIdOf(JsonNode card) =>
        card["refresh"]!["action"]!["data"]!["pollId"]!.GetValue<string>();

    private static bool Contains(ConnectorCall call, string text) => call.Card?.ToJsonString().Contains(Escape(text), StringComparison.Ordinal) == true;

    // Card JSON escapes non-ASCII and some punctuation; compare on the serialised form of the text.
    private static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
