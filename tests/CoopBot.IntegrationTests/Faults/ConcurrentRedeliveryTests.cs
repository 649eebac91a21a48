using System.Text.Json.Nodes;
using CoopBot.Confidentiality;
using CoopBot.Decisions;
using CoopBot.Domain.Escalation;
using CoopBot.Escalation;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.Meetings;
using CoopBot.Submissions;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;
using CoopBot.Common;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 defect 3 and "one effect per activity id": the same activity delivered three times at once (as Teams does
/// when an answer is late) is answered three times, never with a 5xx, and stores and posts once.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class ConcurrentRedeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Deliveries = 3;
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Submit_DeliveredThreeTimesAtOnce_PostsOneCard()
    {
        var activity = PersonalInvoke(_app.ServiceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Drie keer tegelijk", ["description"] = "Dezelfde klik, drie leveringen.",
        });

        var answers = await ThreeAtOnceAsync(activity);

        Assert.All(answers, a => Assert.Contains(SubmissionTexts.SubmittedHeading, TextOf(a["value"]), StringComparison.Ordinal));
        Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Comment_DeliveredThreeTimesAtOnce_IsStoredAndPostedOnce()
    {
        var pollId = await _flow.CreatePollAsync("Reacties", "Ja", "Nee");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "decisions.comment", new JsonObject { ["pollId"] = pollId, ["comment"] = "Eén keer, graag." }));

        Assert.Single(await _app.GetService<DecisionService>().GetCommentsAsync(pollId, CancellationToken.None));
        Assert.Single(_app.Connector.Calls, c => c.Method == "POST" && c.Text?.Contains("Eén keer, graag.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Remind_DeliveredThreeTimesAtOnce_SendsOneReminder()
    {
        var pollId = await _flow.CreatePollAsync("Herinneringen", "Ja", "Nee");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "decisions.remind", new JsonObject { ["pollId"] = pollId }));

        Assert.Single(_app.Connector.Calls, FaultTests.IsReminder);
        var history = await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == AuditEventTypes.Reminded);
    }

    [Fact]
    public async Task Close_DeliveredThreeTimesAtOnce_ClosesOnceAndAnnouncesOnce()
    {
        var pollId = await _flow.CreatePollAsync("Sluiten", "Ja", "Nee");
        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "decisions.close", new JsonObject { ["pollId"] = pollId }));
        await Eventually.TrueAsync(() => _app.Connector.Calls.Any(FaultTests.IsOutcome), PollFlow.Wait, "the outcome");

        var history = await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == AuditEventTypes.Closed);
        Assert.Single(_app.Connector.Calls, FaultTests.IsOutcome);
    }

    [Fact]
    public async Task Vote_DeliveredThreeTimesAtOnce_IsOneBallotAndOneAuditEvent()
    {
        var pollId = await _flow.CreatePollAsync("Stemmen", "Ja", "Nee");

        await ThreeAtOnceAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "o2" }));

        var history = await _app.GetService<DecisionService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == AuditEventTypes.Vote);
    }

    [Fact]
    public async Task Submit_DeliveredToTwoInstancesAtOnce_PostsOneCard()
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestTables.UniquePrefix() };
        await using var connector = await FakeConnector.StartAsync();
        await using var first = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector);
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector);
        var activity = PersonalInvoke(connector.ServiceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Twee instanties", ["description"] = "Dezelfde klik op twee instanties.",
        });

        var answers = await Task.WhenAll(first.InvokeAsync(activity.DeepClone()), second.InvokeAsync(activity.DeepClone()), first.InvokeAsync(activity.DeepClone()));

        Assert.All(answers, a => Assert.Contains(SubmissionTexts.SubmittedHeading, TextOf(a["value"]), StringComparison.Ordinal));
        Assert.Single(connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NdaSignature_DeliveredThreeTimesAtOnce_IsOneSignature()
    {
        var pollId = await new EscalationFlow(_app).OpenAsync("Vertrouwelijke offerte", "30.000", confidential: true, description: "Offerte Zeta");

        var answers = await OneEffectAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, ConfidentialityVerbs.Acknowledge, new JsonObject { ["pollId"] = pollId }));

        Assert.All(answers, a => Assert.Contains("Offerte Zeta", TextOf(a["value"]), StringComparison.Ordinal));
        Assert.Single(await _app.GetService<NdaStore>().FindAsync("basisinfrastructuur", DemoUser.Bram.AadObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task Support_DeliveredThreeTimesAtOnce_CountsOnce()
    {
        await _app.InvokeAsync(PersonalInvoke(_app.ServiceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Steun, drie keer", ["description"] = "Toelichting",
        }));
        var id = _app.Connector.CallsTo("POST", "/v3/conversations").Last(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal))
            .Card!["actions"]![0]!["data"]!["submissionId"]!.GetValue<string>();

        var answers = await OneEffectAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "submissions.support", new JsonObject { ["submissionId"] = id }));

        Assert.All(answers, a => Assert.Contains("1 coöperant", TextOf(a["value"]), StringComparison.Ordinal));
        Assert.Equal(1, (await _app.GetService<SubmissionService>().FindAsync(id, CancellationToken.None))!.Supporters);
    }

    [Fact]
    public async Task EscalationConfirmation_DeliveredThreeTimesAtOnce_IsOneConfirmation()
    {
        var flow = new EscalationFlow(_app);
        var pollId = await flow.OpenAsync("Nieuwe servers", "120.000");
        await flow.DecideAsync(pollId, "voor");
        await Eventually.TrueAsync(() => flow.BodyCards().Count >= 2, PollFlow.Wait, "a confirmation card for each body");
        await NoJobDueAsync();

        await OneEffectAsync(TeamsActivity.CardAction(_app.ServiceUrl, BodyUsers.Katrien, EscalationVerbs.Confirm, new JsonObject { ["pollId"] = pollId, ["body"] = "FinancieelComite" }));

        Assert.Single((await flow.StateAsync(pollId)).State.Confirmed);
        var history = await _app.GetService<EscalationService>().GetHistoryAsync(pollId, CancellationToken.None);
        Assert.Single(history, e => e.Type == EscalationEventTypes.Confirmed);
    }

    [Fact]
    public async Task AgendaPoint_DeliveredThreeTimesAtOnce_IsAddedOnce()
    {
        var meetingId = await new MeetingFlow(_app).ScheduleMeetingAsync(MeetingFlow.InDays(40));
        await NoJobDueAsync();

        await OneEffectAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Chair, "meetings.additem", new JsonObject
        {
            ["meetingId"] = meetingId, ["itemTitle"] = "Roadmap", ["itemPresenter"] = "An Peeters", ["itemMinutes"] = "20",
        }));

        Assert.Single((await _app.GetService<MeetingStore>().GetAsync(meetingId, CancellationToken.None))!.Meeting.Agenda);
    }

    [Fact]
    public async Task Rsvp_DeliveredThreeTimesAtOnce_IsOneAnswer_AndALateOldClickDoesNotOverwriteANewerOne()
    {
        var meetingId = await new MeetingFlow(_app).ScheduleMeetingAsync(MeetingFlow.InDays(40));
        await NoJobDueAsync();
        var present = TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "meetings.rsvp", new JsonObject { ["meetingId"] = meetingId, ["answer"] = "Aanwezig" });

        await OneEffectAsync(present);
        await _app.InvokeAsync(TeamsActivity.CardAction(_app.ServiceUrl, DemoUser.Bram, "meetings.rsvp", new JsonObject { ["meetingId"] = meetingId, ["answer"] = "Afwezig" }));
        await _app.InvokeAsync(present.DeepClone());

        var rsvps = await _app.GetService<MeetingStore>().GetRsvpsAsync(MeetingFlow.Group, meetingId, CancellationToken.None);
        Assert.Equal(Rsvp.Afwezig, Assert.Single(rsvps).Value.Answer);
    }

    /// <summary>
    /// Three deliveries at once, then a fourth after them: every one is answered with 200, the fourth writes nothing more
    /// (the whole storage compared) and together they post at most one message to the Connector.
    /// </summary>
    private async Task<JsonNode[]> OneEffectAsync(JsonObject activity)
    {
        var posts = _app.Connector.Calls.Count(c => c.Method == "POST");
        var answers = await ThreeAtOnceAsync(activity);
        var settled = await StorageSnapshot.TakeAsync(_app);

        var fourth = await _app.InvokeAsync(activity.DeepClone());

        Assert.Equal(200, fourth["statusCode"]!.GetValue<int>());
        Assert.Empty(StorageSnapshot.Changes(settled, await StorageSnapshot.TakeAsync(_app)));
        Assert.InRange(_app.Connector.Calls.Count(c => c.Method == "POST") - posts, 0, 1);
        return [.. answers, fourth];
    }

    private async Task NoJobDueAsync()
    {
        var clock = _app.GetService<TimeProvider>();
        await Eventually.TrueAsync(async () => await _app.GetService<CoopBot.Jobs.JobScheduler>().CountDueAsync(clock.GetUtcNow(), CancellationToken.None) == 0, PollFlow.Wait, "no job due");
    }

    private async Task<JsonNode[]> ThreeAtOnceAsync(JsonObject activity)
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, Deliveries).Select(_ => _app.InvokeAsync(activity.DeepClone())));
        Assert.All(answers, a => Assert.Equal(200, a["statusCode"]!.GetValue<int>()));
        return answers;
    }
}
