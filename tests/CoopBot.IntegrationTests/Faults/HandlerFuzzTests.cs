using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.Hosting.Routing;
using CoopBot.IntegrationTests.Escalation;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.Testing;
using Xunit.Abstractions;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 fuzz test, second half: <see cref="ActivityFuzzTests"/> mutates whole activities, so most cases stop at the
/// edge check. Here the identifiers stay valid and only what a handler reads is mutated: the <c>value</c> payload of a
/// card action for every verb (with existing polls, meetings, tickets, submissions and escalations), and the arguments of
/// text commands (huge, unicode, markup, OData-looking, odd amounts and dates). Same rules: no 5xx, and a refused input
/// writes nothing. Seeded like the other: <c>COOPBOT_FUZZ_SEED</c>, cases <c>COOPBOT_HANDLER_FUZZ_CASES</c>.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class HandlerFuzzTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int DefaultCases = 600;

    private sealed record Base(string Name, Func<string, JsonObject> Build);

    [Fact]
    public async Task SeededPayloadMutations_ReachTheHandlers_NeverGet5xx_AndRefusedOnesWriteNothing()
    {
        var seed = FuzzRun.FromEnvironment("COOPBOT_FUZZ_SEED", ActivityFuzzTests.DefaultSeed);
        var cases = FuzzRun.FromEnvironment("COOPBOT_HANDLER_FUZZ_CASES", DefaultCases);
        var prefix = TestTables.UniquePrefix();
        await using var connector = await FakeConnector.StartAsync();
        var scene = await FaultScene.SetAsync(azurite.Server, prefix, connector);
        await using var app = await FaultScene.QuietHostAsync(azurite.Server, prefix);
        var bases = Bases(scene);
        var random = new Random(seed);
        var run = new FuzzRun(app, seed, cases);
        var reached = 0;

        for (var i = 0; i < cases; i++)
        {
            var (name, build) = bases[random.Next(bases.Count)];
            var activity = build(app.ServiceUrl);
            activity["id"] = $"f:handler-fuzz-{seed}-{i}";
            var mutations = string.Join("; ", Enumerable.Range(0, 1 + random.Next(2)).Select(_ =>
                activity["value"]?["action"]?["data"] is JsonObject data ? FuzzMutation.ApplyToPayload(data, random) : FuzzMutation.ApplyToCommand(activity, random)));
            var (status, body) = await run.PostAsync(activity, $"case {i} ({name}: {mutations})");
            reached += ReachedAHandler(status, body) ? 1 : 0;
        }

        output.WriteLine($"seed {seed}: {cases} cases over {bases.Count} verbs and commands, {reached} reached a handler, {run.Refused} refused, {run.ServerErrors} 5xx, {run.RefusedWrites} writes by refused input");
        run.AssertNoFailures();
        Assert.True(reached > cases / 2, $"only {reached} of {cases} mutations reached a handler: the fuzzer no longer gets past the edge and the routing");
    }

    /// <summary>Not stopped by the edge check (400 "ongeldige gegevens", 202) nor by the router (malformed or unknown action).</summary>
    private static bool ReachedAHandler(int status, string body) =>
        status is 200
        && !body.Contains(RoutingTexts.MalformedAction, StringComparison.Ordinal)
        && !body.Contains(RoutingTexts.UnknownAction, StringComparison.Ordinal)
        && !body.Contains(RoutingTexts.NotAnExecuteAction, StringComparison.Ordinal);

    private static List<Base> Bases(FaultScene s)
    {
        var closes = new JsonObject
        {
            ["closesDate"] = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["closesTime"] = "17:00",
        };
        JsonObject Poll(string pollId, JsonObject? more = null) => With(new JsonObject { ["pollId"] = pollId }, more);
        JsonObject Meeting(JsonObject? more = null) => With(new JsonObject { ["meetingId"] = s.MeetingId }, more);
        JsonObject Moments(JsonObject data, int count)
        {
            for (var i = 1; i <= count; i++)
            {
                MeetingFlow.AddMoment(data, i, MeetingFlow.InDays(50 + i));
            }

            return data;
        }

        JsonObject Form(string form) => With(new JsonObject
        {
            ["form"] = form, ["steeringGroupId"] = "basisinfrastructuur", ["title"] = "Fuzz-voorstel", ["options"] = "A\nB",
            ["amount"] = "12.500", ["commitmentKind"] = "Bestelling", ["confirmed"] = "true", ["description"] = "Toelichting",
        }, closes);

        Base Card(string verb, DemoUser actor, Func<JsonObject> data) => new(verb, url => TeamsActivity.CardAction(url, actor, verb, data()));
        Base Personal(string verb, DemoUser actor, Func<JsonObject> data) => new(verb, url => PersonalInvoke(url, actor, verb, data()));
        Base Channel(string text, DemoUser actor) => new(text, url => TeamsActivity.ChannelMessage(url, actor, text));
        Base Chat(string text, DemoUser actor) => new(text, url => TeamsActivity.PersonalMessage(url, actor, text));

        return
        [
            Card("decisions.create", DemoUser.Chair, () => Form("voorstel")),
            Card("decisions.create", DemoUser.Chair, () => Form("stemming")),
            Card("decisions.vote", DemoUser.Bram, () => Poll(s.PollId, new JsonObject { ["choice"] = "o1" })),
            Card("decisions.vote", DemoUser.Chloe, () => Poll(s.ConfidentialPollId, new JsonObject { ["choice"] = "voor" })),
            Card("decisions.refresh", DemoUser.Dries, () => Poll(s.PollId)),
            Card("decisions.comment", DemoUser.Els, () => Poll(s.PollId, new JsonObject { ["comment"] = "Goed idee" })),
            Card("decisions.extend", DemoUser.Chair, () => Poll(s.PollId, closes)),
            Card("decisions.remind", DemoUser.Chair, () => Poll(s.PollId)),
            Card("decisions.close", DemoUser.Chair, () => Poll(s.EscalatedPollId)),
            Card("decisions.reopen", DemoUser.Chair, () => Poll(s.EscalatedPollId, closes)),
            Card("decisions.outcome", DemoUser.Chair, () => Poll(s.EscalatedPollId, new JsonObject { ["statement"] = "Toelichting" })),
            Card("decisions.proxy", DemoUser.Bram, () => Poll(s.PollId, new JsonObject { ["proxyPersonId"] = DemoUser.Chloe.AadObjectId })),
            Personal("submissions.submit", DemoUser.NonMember, () => new JsonObject
            {
                ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Fuzz", ["description"] = "Toelichting", ["amount"] = "€ 1.000",
            }),
            Card("submissions.support", DemoUser.Bram, () => new JsonObject { ["submissionId"] = s.SubmissionId }),
            Card("submissions.takeup", DemoUser.Chair, () => new JsonObject { ["submissionId"] = s.SubmissionId, ["audience"] = "stuurgroep" }),
            Card("submissions.decline", DemoUser.Chair, () => new JsonObject { ["submissionId"] = s.SubmissionId, ["reason"] = "Hoort elders." }),
            Card("submissions.askinfo", DemoUser.Chair, () => new JsonObject { ["submissionId"] = s.SubmissionId, ["question"] = "Welke bibliotheken?" }),
            Card("faq.answer", DemoUser.Bram, () => new JsonObject { ["entryId"] = "wat-is-een-stuurgroep", ["question"] = "Wat is een stuurgroep?" }),
            Card("faq.feedback", DemoUser.Bram, () => new JsonObject { ["entryId"] = "wat-is-een-stuurgroep", ["helpful"] = true, ["question"] = "Wat?" }),
            Card("faq.ticket.create", DemoUser.Bram, () => new JsonObject { ["question"] = "Hoe word ik lid?" }),
            Card("faq.ticket.take", CommunityManager, () => new JsonObject { ["ticketId"] = s.TicketId }),
            Card("faq.ticket.answer", CommunityManager, () => new JsonObject { ["ticketId"] = s.TicketId, ["answer"] = "Zo werkt het." }),
            Card("faq.ticket.reopen", DemoUser.Bram, () => new JsonObject { ["ticketId"] = s.TicketId }),
            Personal("registry.feedback.submit", DemoUser.NonMember, () => new JsonObject { ["kind"] = "Kandidatuur", ["steeringGroupId"] = "inspireren", ["motivation"] = "Graag." }),
            Card("registry.feedback.decide", CommunityManager, () => new JsonObject { ["feedbackId"] = s.FeedbackId, ["accept"] = false }),
            new("registry.team.link", url => TeamInvoke(url, DemoUser.Chair, "19:fuzz-team@thread.tacv2", "registry.team.link", new JsonObject { ["steeringGroupId"] = "inspireren" })),
            Card("meetings.schedule", DemoUser.Chair, () => Moments(new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["title"] = "Fuzz-vergadering" }, 1)),
            Card("meetings.poll", DemoUser.Chair, () => Moments(new JsonObject { ["steeringGroupId"] = MeetingFlow.Group, ["title"] = "Fuzz-peiling" }, 2)),
            Card("meetings.answer", DemoUser.Bram, () => Meeting(new JsonObject { ["slot1"] = "Ja" })),
            Card("meetings.pick", DemoUser.Chair, () => Meeting(new JsonObject { ["pick"] = "1" })),
            Card("meetings.rsvp", DemoUser.Bram, () => Meeting(new JsonObject { ["answer"] = "Aanwezig" })),
            Card("meetings.reschedule", DemoUser.Chair, () => Moments(Meeting(), 1)),
            Card("meetings.cancel", DemoUser.Chair, () => Meeting()),
            Card("meetings.additem", DemoUser.Chair, () => Meeting(new JsonObject
            {
                ["itemTitle"] = "Offerte", ["itemPresenter"] = "An Peeters", ["itemMinutes"] = "20", ["itemConfidential"] = "true", ["itemAmount"] = "87.500,00",
            })),
            Card("meetings.minutesform", DemoUser.Chair, () => Meeting()),
            Card("meetings.publish", DemoUser.Chair, () => Meeting(new JsonObject { ["text1"] = "Goedgekeurd.", ["present"] = DemoUser.Bram.AadObjectId })),
            Card("meetings.approval", DemoUser.Chair, () => Meeting(new JsonObject { ["text1"] = "Goedgekeurd." })),
            Card("meetings.feedback", DemoUser.NonMember, () => Meeting(new JsonObject { ["feedback"] = "Graag meer uitleg." })),
            Card("escalation.confirm", BodyUsers.Katrien, () => Poll(s.EscalatedPollId, new JsonObject { ["body"] = "FinancieelComite" })),
            Card("escalation.refuse", BodyUsers.Marleen, () => Poll(s.EscalatedPollId, new JsonObject { ["body"] = "VoorzitterCultuurconnect", ["reason"] = "Te duur." })),
            Card("escalation.view", BodyUsers.Katrien, () => Poll(s.EscalatedPollId, new JsonObject { ["body"] = "FinancieelComite" })),
            Card("escalation.edit", DemoUser.Chair, () => Form("voorstel")),
            Card("nda.acknowledge", DemoUser.Bram, () => Poll(s.ConfidentialPollId)),
            Card("meetingchat.create", DemoUser.Chair, () => Form("stemming")),
            Channel("stemming", DemoUser.Chair),
            Channel("voorstel", DemoUser.Chair),
            Channel("stelling", DemoUser.Chair),
            Channel("besluiten", DemoUser.Bram),
            Channel("vergadering plannen", DemoUser.Chair),
            Channel("begroting", DemoUser.Bram),
            Channel("wie zit in de stuurgroep", DemoUser.Bram),
            Chat("mijn stuurgroepen", DemoUser.Bram),
            Chat("mijn bevestigingen", BodyUsers.Katrien),
            Chat("voorstel indienen", DemoUser.NonMember),
            Chat("kandidaat stellen", DemoUser.NonMember),
            Chat("bezwaar samenstelling", DemoUser.NonMember),
            Chat("help", DemoUser.Bram),
            Chat("wat kost een bestelling boven", DemoUser.Bram),
        ];
    }

    private static JsonObject With(JsonObject data, JsonObject? more)
    {
        foreach (var (key, value) in more ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }
}
