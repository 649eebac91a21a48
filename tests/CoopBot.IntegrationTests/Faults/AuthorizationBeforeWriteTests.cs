using System.Net;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.IntegrationTests.Tab;
using CoopBot.Testing;
using Xunit.Abstractions;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15, "authorization before any write", for every handler outside the polls (those are in
/// <see cref="RefusedInputTests"/>): meetings, NDA, FAQ tickets, feedback, submission triage, escalation confirmations and
/// the deelbegroting. <see cref="FaultScene"/> sets the scene; a quiet host on the same tables gets every refused action,
/// and the whole storage is compared row by row before and after each one.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class AuthorizationBeforeWriteTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly DemoUser Ward = NoCooperant;

    private sealed record Refusal(string Name, DemoUser Actor, string Verb, Func<FaultScene, JsonObject> Data, string Expected, bool Personal = false);

    [Fact]
    public async Task EveryRefusal_IsAnsweredInDutch_AndLeavesStorageAsItWas()
    {
        var prefix = TestTables.UniquePrefix();
        await using var connector = await FakeConnector.StartAsync();
        var scene = await FaultScene.SetAsync(azurite.Server, prefix, connector);
        await using var app = await FaultScene.QuietHostAsync(azurite.Server, prefix);
        var failures = new List<string>();

        foreach (var row in Refusals())
        {
            var activity = row.Personal
                ? PersonalInvoke(app.ServiceUrl, row.Actor, row.Verb, row.Data(scene))
                : TeamsActivity.CardAction(app.ServiceUrl, row.Actor, row.Verb, row.Data(scene));
            var before = await StorageSnapshot.TakeAsync(app);
            var posts = app.Connector.Calls.Count;

            using var response = await app.PostActivityAsync(activity);
            var body = await response.Content.ReadAsStringAsync();

            var text = TextOf(JsonNode.Parse(body));
            if (response.StatusCode != HttpStatusCode.OK || !text.Contains(row.Expected, StringComparison.Ordinal))
            {
                failures.Add($"{row.Name}: HTTP {(int)response.StatusCode}, expected '{row.Expected}' in: {Shorten(text)}");
            }

            Check(row.Name, before, await StorageSnapshot.TakeAsync(app), posts, app, failures);
        }

        await BudgetByNonManagersAsync(app, failures);
        output.WriteLine($"{Refusals().Count + NotManagers.Length} refusals, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static List<Refusal> Refusals() =>
    [
        // Meetings: plan, agenda point, verslag, RSVP and the other managers' actions.
        new("lid plant een vergadering", DemoUser.Bram, "meetings.schedule", _ => Moments(new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["title"] = "Eigen vergadering" }, 1), OnlyManagers),
        new("lid start een tijdspeiling", DemoUser.Bram, "meetings.poll", _ => Moments(new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["title"] = "Eigen peiling" }, 2), OnlyManagers),
        new("lid voegt een agendapunt toe", DemoUser.Bram, "meetings.additem", s => AgendaItem(s.MeetingId), OnlyManagers),
        new("niet-lid voegt een agendapunt toe", DemoUser.NonMember, "meetings.additem", s => AgendaItem(s.MeetingId), OnlyManagers),
        new("lid publiceert het verslag", DemoUser.Bram, "meetings.publish", s => new JsonObject { ["meetingId"] = s.MeetingId, ["text1"] = "Verslag van een lid." }, OnlyManagers),
        new("lid legt het verslag ter goedkeuring", DemoUser.Bram, "meetings.approval", s => new JsonObject { ["meetingId"] = s.MeetingId, ["text1"] = "Verslag van een lid." }, OnlyManagers),
        new("lid verplaatst de vergadering", DemoUser.Bram, "meetings.reschedule", s => Moments(new JsonObject { ["meetingId"] = s.MeetingId }, 1), OnlyManagers),
        new("lid annuleert de vergadering", DemoUser.Bram, "meetings.cancel", s => new JsonObject { ["meetingId"] = s.MeetingId }, OnlyManagers),
        new("niet-lid antwoordt op de uitnodiging", DemoUser.NonMember, "meetings.rsvp", s => new JsonObject { ["meetingId"] = s.MeetingId, ["answer"] = "Aanwezig" }, "Je hebt geen zitje in deze stuurgroep"),
        new("lid van een orgaan antwoordt op de uitnodiging", BodyUsers.Katrien, "meetings.rsvp", s => new JsonObject { ["meetingId"] = s.MeetingId, ["answer"] = "Afwezig" }, "Je hebt geen zitje in deze stuurgroep"),

        // NDA: only members with a running seat in the stuurgroep of the item sign.
        new("niet-lid tekent de NDA", DemoUser.NonMember, "nda.acknowledge", s => new JsonObject { ["pollId"] = s.ConfidentialPollId }, "Enkel leden met een lopend zitje"),
        new("niet-coöperant tekent de NDA", Ward, "nda.acknowledge", s => new JsonObject { ["pollId"] = s.ConfidentialPollId }, "Enkel leden met een lopend zitje"),
        new("lid van een andere stuurgroep tekent de NDA", BodyUsers.Ilse, "nda.acknowledge", s => new JsonObject { ["pollId"] = s.ConfidentialPollId }, "Enkel leden met een lopend zitje"),

        // FAQ tickets: only the community manager takes and answers; only the asker reopens.
        new("voorzitter neemt een vraag op", DemoUser.Chair, "faq.ticket.take", s => new JsonObject { ["ticketId"] = s.TicketId }, "Alleen de community manager"),
        new("niet-lid beantwoordt een vraag", DemoUser.NonMember, "faq.ticket.answer", s => new JsonObject { ["ticketId"] = s.TicketId, ["answer"] = "Ik weet het!" }, "Alleen de community manager"),
        new("iemand anders heropent een vraag", DemoUser.NonMember, "faq.ticket.reopen", s => new JsonObject { ["ticketId"] = s.TicketId }, TicketNotYours),

        // Feedback (kandidatuur, bezwaar): only cooperants submit, only the community manager decides.
        new("voorzitter beslist over een bezwaar", DemoUser.Chair, "registry.feedback.decide", s => new JsonObject { ["feedbackId"] = s.FeedbackId, ["accept"] = true }, "Enkel de community manager beslist"),
        new("lid beslist over een bezwaar", DemoUser.Bram, "registry.feedback.decide", s => new JsonObject { ["feedbackId"] = s.FeedbackId, ["accept"] = false }, "Enkel de community manager beslist"),
        new("niet-coöperant stelt zich kandidaat", Ward, "registry.feedback.submit", _ => new JsonObject { ["kind"] = "Kandidatuur", ["steeringGroupId"] = "basisinfrastructuur", ["motivation"] = "Ik wil graag." }, "Enkel coöperanten", Personal: true),

        // Submissions: triage by the chair (or product manager, community manager) only; support by cooperants only.
        new("lid neemt een voorstel op", DemoUser.Bram, "submissions.takeup", s => new JsonObject { ["submissionId"] = s.SubmissionId, ["audience"] = "stuurgroep" }, OnlyTriage),
        new("lid wijst een voorstel af", DemoUser.Bram, "submissions.decline", s => new JsonObject { ["submissionId"] = s.SubmissionId, ["reason"] = "Niet nodig." }, OnlyTriage),
        new("lid vraagt meer informatie", DemoUser.Bram, "submissions.askinfo", s => new JsonObject { ["submissionId"] = s.SubmissionId, ["question"] = "Waarom?" }, OnlyTriage),
        new("indiener neemt het eigen voorstel op", DemoUser.NonMember, "submissions.takeup", s => new JsonObject { ["submissionId"] = s.SubmissionId, ["audience"] = "cooperanten" }, OnlyTriage),
        new("niet-coöperant steunt een voorstel", Ward, "submissions.support", s => new JsonObject { ["submissionId"] = s.SubmissionId }, "Enkel coöperanten"),

        // Escalation: only members of the body confirm or refuse for it.
        new("raad van bestuur bevestigt voor het financieel comité", BodyUsers.Nico, "escalation.confirm", s => Body(s, "FinancieelComite"), "Enkel leden van het financieel comité"),
        new("lid bevestigt voor de voorzitter van Cultuurconnect", DemoUser.Bram, "escalation.confirm", s => Body(s, "VoorzitterCultuurconnect"), "kan deze bevestiging geven of weigeren."),
        new("voorzitter weigert voor het financieel comité", DemoUser.Chair, "escalation.refuse", s => Body(s, "FinancieelComite", "Te duur."), "Enkel leden van het financieel comité"),
    ];

    private static readonly string[] NotManagers = [DemoUser.Bram.TeamsId, DemoUser.Chair.TeamsId, BodyUsers.Katrien.TeamsId];

    private const string OnlyManagers = "Alleen de voorzitter, de vervangend voorzitter of de productmanager van deze stuurgroep";
    private const string OnlyTriage = "Alleen de voorzitter, de productmanager of de community manager van de stuurgroep behandelt";

    private const string TicketNotYours = "Alleen wie de vraag stelde of de community manager kan ze heropenen.";

    /// <summary>The deelbegroting in the tab's Beheer page: anyone but the community manager gets 403 and writes nothing.</summary>
    private static async Task BudgetByNonManagersAsync(CoopBotApp app, List<string> failures)
    {
        foreach (var teamsId in NotManagers)
        {
            using var client = TabClient.For(app);
            await client.SignInAsDemoAsync(teamsId);
            var token = await client.AntiforgeryTokenAsync("/tab/dev/aanmelden");
            var before = await StorageSnapshot.TakeAsync(app);
            var posts = app.Connector.Calls.Count;

            using var post = await client.Http.PostAsync("/tab/beheer?handler=Begroting", TabClient.Form(("stuurgroep", "basisinfrastructuur"), ("jaar", "2027"), ("bedrag", "1.000"), ("__af", token)));

            var name = $"deelbegroting door {teamsId}";
            if (post.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{name}: HTTP {(int)post.StatusCode}, expected 403");
            }

            Check(name, before, await StorageSnapshot.TakeAsync(app), posts, app, failures);
        }
    }

    private static void Check(string name, SortedDictionary<string, string> before, SortedDictionary<string, string> after, int posts, CoopBotApp app, List<string> failures)
    {
        if (StorageSnapshot.Changes(before, after) is { Count: > 0 } changes)
        {
            failures.Add($"{name}: wrote {string.Join(", ", changes.Take(3))}");
        }

        if (app.Connector.Calls.Count != posts)
        {
            failures.Add($"{name}: {app.Connector.Calls.Count - posts} call(s) to the Connector");
        }
    }

    private static JsonObject AgendaItem(string meetingId) => new()
    {
        ["meetingId"] = meetingId, ["itemTitle"] = "Eigen punt", ["itemPresenter"] = "Bram Claes", ["itemMinutes"] = "10",
    };

    private static JsonObject Moments(JsonObject data, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            MeetingFlow.AddMoment(data, i, MeetingFlow.InDays(50 + i));
        }

        return data;
    }

    private static JsonObject Body(FaultScene scene, string body, string? reason = null)
    {
        var data = new JsonObject { ["pollId"] = scene.EscalatedPollId, ["body"] = body };
        if (reason is not null)
        {
            data["reason"] = reason;
        }

        return data;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
