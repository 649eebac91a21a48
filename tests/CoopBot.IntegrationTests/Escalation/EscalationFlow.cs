using CoopBot.Decisions;
using System.Text.Json.Nodes;
using CoopBot.Escalation;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Escalation;

/// <summary>The demo registry's body members and staff (src/CoopBot/Registry/DemoData/demo-registry.json).</summary>
public static class BodyUsers
{
    public static readonly DemoUser Ilse = new("user-id-8", "a1c0ffee-0000-4000-8000-000000000008", "Ilse Van Damme");
    public static readonly DemoUser Katrien = new("user-id-10", "a1c0ffee-0000-4000-8000-000000000010", "Katrien Dubois");
    public static readonly DemoUser Marleen = new("user-id-12", "a1c0ffee-0000-4000-8000-000000000012", "Marleen Goossens");
    public static readonly DemoUser Nico = new("user-id-13", "a1c0ffee-0000-4000-8000-000000000013", "Nico Hermans");
}

/// <summary>Drives a proposal with an amount through the confirmation step, the vote and the bodies, over HTTP.</summary>
public sealed class EscalationFlow(CoopBotApp app)
{
    public const string BodyChat = "group-chat-id";

    public PollFlow Polls { get; } = new(app);

    /// <summary>Submits the proposal form; without confirmation the bot answers with the amount confirmation step.</summary>
    public Task<JsonNode> SubmitAsync(string title, string amount, bool confirmed, bool acknowledged = false, bool confidential = false, string? description = null)
    {
        var fields = new JsonObject { ["amount"] = amount, ["commitmentKind"] = "FinancieleVerbintenis" };
        if (confirmed)
        {
            fields["confirmed"] = "true";
        }

        if (acknowledged)
        {
            fields["budgetAcknowledged"] = "true";
        }

        if (confidential)
        {
            fields["confidential"] = "true";
        }

        if (description is not null)
        {
            fields["description"] = description;
        }

        return Polls.SubmitFormAsync("voorstel", title, fields);
    }

    /// <summary>Confirms the amount and opens the vote; returns the poll id.</summary>
    public async Task<string> OpenAsync(string title, string amount, bool acknowledged = false, bool confidential = false, string? description = null)
    {
        var response = await SubmitAsync(title, amount, confirmed: true, acknowledged, confidential, description);
        Assert.Contains("gestart", response.ToJsonString(), StringComparison.Ordinal);
        return PollFlow.PollIdOf(app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!);
    }

    /// <summary>Three members vote (for or against), the chair closes, and the counted result replaces the card.</summary>
    public async Task DecideAsync(string pollId, string choice)
    {
        foreach (var member in new[] { DemoUser.Bram, DemoUser.Chloe, DemoUser.Dries })
        {
            await Polls.VoteAsync(member, pollId, choice);
        }

        await Polls.CloseAsync(DemoUser.Chair, pollId);
        await Polls.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
    }

    /// <summary>The status of the decision's row in the besluitenregister, or null while it has none.</summary>
    public async Task<string?> RegisterStatusAsync(string pollId) =>
        (await app.GetService<DecisionRegister>().AllAsync(null, CoopBot.Domain.Decisions.RegisterScope.Intern, CancellationToken.None)).FirstOrDefault(e => e.ItemId == pollId)?.Status;

    /// <summary>The chair reopens the closed vote until the given number of days from now.</summary>
    public Task<JsonNode> ReopenAsync(string pollId, int daysAhead) =>
        Polls.ActAsync(DemoUser.Chair, "decisions.reopen", pollId, new JsonObject
        {
            ["closesDate"] = DateTime.UtcNow.AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["closesTime"] = "17:00",
        });

    public Task<JsonNode> ActAsync(DemoUser actor, string verb, string pollId, string body, string? reason = null, string? activityId = null)
    {
        var data = new JsonObject { ["pollId"] = pollId, ["body"] = body };
        if (reason is not null)
        {
            data["reason"] = reason;
        }

        return app.InvokeAsync(TeamsActivity.CardAction(app.ServiceUrl, actor, verb, data, activityId));
    }

    /// <summary>The confirmation cards posted in the bodies' chat.</summary>
    public IReadOnlyList<ConnectorCall> BodyCards() =>
        app.Connector.CallsTo("POST", $"/v3/conversations/{BodyChat}/activities").Where(c => c.Card is not null).ToList();

    public async Task<EscalationRecord> StateAsync(string pollId) =>
        (await app.GetService<EscalationService>().FindAsync(pollId, CancellationToken.None))!.Value.Record;

    /// <summary>Waits for a PUT of the stuurgroep's own card (its thread lives in the channel) containing the text.</summary>
    public async Task<ConnectorCall> WaitForChannelCardAsync(string text)
    {
        var encoded = System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
        bool Matches(ConnectorCall c) => c.Path.Contains(DemoUser.ChannelId, StringComparison.Ordinal) && c.Card?.ToJsonString().Contains(encoded, StringComparison.Ordinal) == true;
        await Eventually.TrueAsync(() => app.Connector.CallsTo("PUT", "/activities/").Any(Matches), PollFlow.Wait, $"a channel card update containing '{text}'");
        return app.Connector.CallsTo("PUT", "/activities/").Last(Matches);
    }

    public static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
