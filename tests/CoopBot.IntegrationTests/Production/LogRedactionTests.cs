using System.Net.Http.Json;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Extensions.Logging;

namespace CoopBot.IntegrationTests.Production;

/// <summary>
/// Issue 8: logs carry ids, never what people wrote. Each flow puts a unique marker in user-written text, runs over
/// HTTP against the real host with every log level captured, and the marker must not appear in any log entry.
/// To cover a new kind of content (e.g. confidential proposals), add one entry to <see cref="Flows"/>.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class LogRedactionTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, Func<PollFlow, string, Task>> FlowsByName = new(StringComparer.Ordinal)
    {
        ["poll question, answers, vote and result"] = async (flow, marker) =>
        {
            var pollId = await flow.CreatePollAsync($"Kiezen we {marker} als leverancier?", $"Ja {marker}", "Nee");
            await flow.VoteAsync(DemoUser.Bram, pollId, "1");
            await flow.CloseAsync(DemoUser.Chair, pollId);
            await flow.WaitForCardUpdateAsync("uitslag");
        },
        ["channel message the bot does not understand"] = async (flow, marker) =>
            await flow.App.PostActivityAsync(TeamsActivity.ChannelMessage(flow.App.ServiceUrl, DemoUser.Chloe, $"wat denk je van {marker}?")),
        ["personal chat message"] = async (flow, marker) =>
            await flow.App.PostActivityAsync(TeamsActivity.PersonalMessage(flow.App.ServiceUrl, DemoUser.Dries, $"help {marker}")),
        ["confidential proposal with amount, NDA, vote and confirmation"] = async (flow, marker) =>
        {
            var escalation = new Escalation.EscalationFlow(flow.App);
            var pollId = await escalation.OpenAsync($"Offerte {marker}", "120.000", confidential: true, description: $"Korting {marker}");
            await flow.App.InvokeAsync(TeamsActivity.CardAction(flow.App.ServiceUrl, DemoUser.Bram, "nda.acknowledge", new System.Text.Json.Nodes.JsonObject { ["pollId"] = pollId }));
            await flow.VoteAsync(DemoUser.Bram, pollId, "voor");
            await flow.CloseAsync(DemoUser.Chair, pollId);
            await flow.WaitForCardUpdateAsync("Afgesloten");
            await escalation.ActAsync(Escalation.BodyUsers.Katrien, "escalation.refuse", pollId, "FinancieelComite", reason: $"Te duur {marker}");
        },
        ["poll started with a title argument"] = async (flow, marker) =>
            await flow.App.PostActivityAsync(TeamsActivity.ChannelMessage(flow.App.ServiceUrl, DemoUser.Chair, $"stemming Budget {marker}")),
    };

    public static TheoryData<string> Flows => [.. FlowsByName.Keys];

    [Theory]
    [MemberData(nameof(Flows))]
    public async Task UserWrittenText_NeverReachesTheLogs(string flowName)
    {
        var marker = $"MARKER{Guid.NewGuid():N}";
        await using var app = await StartWithEveryLogLevelAsync();
        var capture = Capture(app);

        await FlowsByName[flowName](new PollFlow(app), marker);

        // The capture saw the turns themselves, so an empty leak list means something.
        Assert.Contains(capture.Entries, e => e.Message.StartsWith("Turn started", StringComparison.Ordinal));
        var leaks = capture.Entries.Where(e => e.AllText.Contains(marker, StringComparison.OrdinalIgnoreCase)).Select(e => $"{e.Category}: {e.Message}").ToList();
        Assert.True(leaks.Count == 0, "The marker reached the logs:\n" + string.Join('\n', leaks));
    }

    [Fact]
    public async Task TurnLogs_CarryActivityConversationAndCorrelationIds()
    {
        await using var app = await StartWithEveryLogLevelAsync();
        var capture = Capture(app);
        var traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var activity = TeamsActivity.PersonalMessage(app.ServiceUrl, DemoUser.Bram, "help");
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        var turnStarted = Assert.Single(capture.Entries, e => e.Message.StartsWith("Turn started", StringComparison.Ordinal));
        Assert.Equal(activity["id"]!.GetValue<string>(), turnStarted.ScopeValue("ActivityId"));
        Assert.Equal(activity["conversation"]!["id"]!.GetValue<string>(), turnStarted.ScopeValue("ConversationId"));
        Assert.Equal(traceId, turnStarted.ScopeValue("CorrelationId"));
    }

    private Task<CoopBotApp> StartWithEveryLogLevelAsync() => CoopBotApp.StartAsync(azurite.Server, settings: new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
    });

    private static LogCapture Capture(CoopBotApp app)
    {
        var capture = new LogCapture();
        app.GetService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }
}
