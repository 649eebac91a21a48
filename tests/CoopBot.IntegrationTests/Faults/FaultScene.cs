using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;
using CoopBot.FaqChat;
using CoopBot.Submissions;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Something of every kind for the refusal and fuzz tests, made over HTTP by a host with its jobs on: an open poll, a
/// planned meeting, a confidential proposal, a proposal waiting for its bodies, a ticket, a bezwaar and a submission.
/// The tests then act on a second host on the same tables with jobs off, so that nothing but the input under test writes.
/// </summary>
internal sealed partial record FaultScene(
    string PollId, string MeetingId, string ConfidentialPollId, string EscalatedPollId, string TicketId, string FeedbackId, string SubmissionId)
{
    private const string GroupChat = "group-chat-id";

    public static async Task<FaultScene> SetAsync(AzuriteServer azurite, string prefix, FakeConnector connector)
    {
        await using var host = await CoopBotApp.StartAsync(azurite, settings: new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix }, sharedConnector: connector);
        var pollId = await new PollFlow(host).CreatePollAsync("Open stemming", "Ja", "Nee");
        var meetingId = await new MeetingFlow(host).ScheduleMeetingAsync(MeetingFlow.InDays(40));

        var escalation = new EscalationFlow(host);
        var confidential = await escalation.OpenAsync("Vertrouwelijke offerte", "30.000", confidential: true, description: "Offerte Zeta");
        var escalated = await escalation.OpenAsync("Nieuwe servers", "120.000");
        await escalation.DecideAsync(escalated, "voor");
        await Eventually.TrueAsync(() => escalation.BodyCards().Count >= 2, PollFlow.Wait, "a confirmation card for each body");

        var asked = await host.InvokeAsync(TeamsActivity.CardAction(host.ServiceUrl, DemoUser.Bram, "faq.ticket.create", new JsonObject { ["question"] = "Hoe werkt dat?" }));
        Assert.Contains(TicketTexts.SentTitle, asked.ToJsonString(), StringComparison.Ordinal);
        var ticketId = await IdFromGroupChatAsync(connector, "ticketId");

        await host.InvokeAsync(PersonalInvoke(host.ServiceUrl, DemoUser.NonMember, "registry.feedback.submit", new JsonObject
        {
            ["kind"] = "Bezwaar", ["steeringGroupId"] = "basisinfrastructuur", ["motivation"] = "Er zit niemand uit Antwerpen in.",
        }));
        var feedbackId = await IdFromGroupChatAsync(connector, "feedbackId");

        var submitted = await host.InvokeAsync(PersonalInvoke(host.ServiceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Langere openingsuren", ["description"] = "Toelichting",
        }));
        Assert.Contains(SubmissionTexts.SubmittedHeading, TextOf(submitted["value"]), StringComparison.Ordinal);
        var submissionId = connector.CallsTo("POST", "/v3/conversations").Last(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal))
            .Card!["actions"]![0]!["data"]!["submissionId"]!.GetValue<string>();

        // Nothing of the scene may still be running when the tests start (a job would look like a write by their input).
        var clock = host.GetService<TimeProvider>();
        var jobs = host.GetService<CoopBot.Jobs.JobScheduler>();
        await Eventually.TrueAsync(async () => await jobs.CountDueAsync(clock.GetUtcNow(), CancellationToken.None) == 0, PollFlow.Wait, "no job due");
        return new FaultScene(pollId, meetingId, confidential, escalated, ticketId, feedbackId, submissionId);
    }

    /// <summary>A host on the scene's tables with its background jobs off (and the tab reachable as from loopback).</summary>
    public static Task<CoopBotApp> QuietHostAsync(AzuriteServer azurite, string prefix) =>
        CoopBotApp.StartAsync(azurite, new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix, ["Jobs:Enabled"] = "false" }, Tab.TabClient.AsLoopbackCaller);

    private static async Task<string> IdFromGroupChatAsync(FakeConnector connector, string field)
    {
        string? Find() => connector.CallsTo("POST", $"/v3/conversations/{GroupChat}/activities")
            .Select(c => IdField().Match(c.Card?.ToJsonString() ?? string.Empty))
            .Select(m => m.Success && m.Groups[1].Value == field ? m.Groups[2].Value : null)
            .LastOrDefault(id => id is not null);
        await Eventually.TrueAsync(() => Find() is not null, PollFlow.Wait, $"a card with a {field} in the group chat");
        return Find()!;
    }

    [GeneratedRegex("\"(ticketId|feedbackId)\":\"([^\"]+)\"")]
    private static partial Regex IdField();
}
