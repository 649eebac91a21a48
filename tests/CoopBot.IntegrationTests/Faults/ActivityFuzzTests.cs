using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Xunit.Abstractions;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// Issue 15 fuzz test: seeded mutations of real activity and card payloads against the real host on Azurite. No 5xx
/// (other than 501 for an unknown invoke), and a refused input writes nothing (storage compared before and after each
/// refused case). Replay a failure with <c>COOPBOT_FUZZ_SEED</c> (and <c>COOPBOT_FUZZ_CASES</c>) set to the reported values.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class ActivityFuzzTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    internal const int DefaultSeed = 15_015;
    private const int DefaultCases = 1_000;

    [Fact]
    public async Task SeededMutations_NeverGet5xx_AndRefusedOnesWriteNothing()
    {
        var seed = FuzzRun.FromEnvironment("COOPBOT_FUZZ_SEED", DefaultSeed);
        var cases = FuzzRun.FromEnvironment("COOPBOT_FUZZ_CASES", DefaultCases);
        // No background work: a job finishing during a refused case would look like a write by that case.
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var pollId = await new PollFlow(app).CreatePollAsync("Fuzz", "Ja", "Nee");
        var bases = Bases(app.ServiceUrl, pollId);
        var random = new Random(seed);
        var run = new FuzzRun(app, seed, cases);

        for (var i = 0; i < cases; i++)
        {
            var (name, template) = bases[random.Next(bases.Count)];
            var activity = template.DeepClone().AsObject();
            activity["id"] = $"f:fuzz-{seed}-{i}";
            var mutations = string.Join("; ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => FuzzMutation.Apply(activity, random)));
            await run.PostAsync(activity, $"case {i} ({name}: {mutations})");
        }

        output.WriteLine($"seed {seed}: {cases} cases, {run.Refused} refused, {run.ServerErrors} 5xx, {run.RefusedWrites} writes by refused input");
        run.AssertNoFailures();
        Assert.True(run.Refused > cases / 10, $"only {run.Refused} of {cases} mutations were refused: the fuzzer no longer reaches the checks");
    }

    private static List<(string Name, JsonObject Activity)> Bases(string serviceUrl, string pollId) =>
    [
        ("stemming", TeamsActivity.ChannelMessage(serviceUrl, DemoUser.Chair, "stemming")),
        ("help", TeamsActivity.PersonalMessage(serviceUrl, DemoUser.Bram, "help")),
        ("faq", TeamsActivity.PersonalMessage(serviceUrl, DemoUser.Bram, "wie is de voorzitter van een stuurgroep?")),
        ("wie zit", TeamsActivity.ChannelMessage(serviceUrl, DemoUser.Bram, "wie zit in de stuurgroep")),
        ("vote", TeamsActivity.CardAction(serviceUrl, DemoUser.Bram, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "o1" })),
        ("vote by non-member", TeamsActivity.CardAction(serviceUrl, DemoUser.NonMember, "decisions.vote", new JsonObject { ["pollId"] = pollId, ["choice"] = "o2" })),
        ("comment", TeamsActivity.CardAction(serviceUrl, DemoUser.Chloe, "decisions.comment", new JsonObject { ["pollId"] = pollId, ["comment"] = "Goed idee" })),
        ("close by member", TeamsActivity.CardAction(serviceUrl, DemoUser.Bram, "decisions.close", new JsonObject { ["pollId"] = pollId })),
        ("extend by member", TeamsActivity.CardAction(serviceUrl, DemoUser.Dries, "decisions.extend", new JsonObject { ["pollId"] = pollId, ["closesDate"] = "2099-01-01", ["closesTime"] = "12:00" })),
        ("create by member", TeamsActivity.CardAction(serviceUrl, DemoUser.Bram, "decisions.create", new JsonObject
        {
            ["form"] = "stemming", ["steeringGroupId"] = "basisinfrastructuur", ["title"] = "Lid", ["options"] = "A\nB",
            ["closesDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["closesTime"] = "17:00",
        })),
        ("submit", PersonalInvoke(serviceUrl, DemoUser.NonMember, "submissions.submit", new JsonObject
        {
            ["target"] = "basisinfrastructuur|bibliotheekwebsites", ["title"] = "Fuzz-voorstel", ["description"] = "Toelichting",
        })),
        ("link by member", TeamInvoke(serviceUrl, DemoUser.Bram, "19:fuzz-team@thread.tacv2", "registry.team.link", new JsonObject { ["steeringGroupId"] = "inspireren" })),
        ("ask community manager", PersonalInvoke(serviceUrl, DemoUser.Bram, "faq.ticket.create", new JsonObject { ["question"] = "Hoe word ik lid?" })),
        ("bot added", BotAddedToTeam(serviceUrl, DemoUser.Chair, "19:fuzz-team@thread.tacv2", "Fuzz-team")),
    ];
}
