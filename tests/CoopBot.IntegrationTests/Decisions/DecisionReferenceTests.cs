using CoopBot.Decisions.Contracts;
using System.Text.Json.Nodes;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using CoopBot.Common;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>
/// Issue 16 §4: every decision gets one short reference (BI-2026-014), unique under concurrency and across instances,
/// shown on its cards, in the register and its export, and accepted where a person names a decision.
/// </summary>
[Collection(AzuriteShared.Collection)]
public sealed class DecisionReferenceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private PollFlow _flow = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _flow = new PollFlow(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Allocate_ConcurrentlyOnTwoInstances_EachDecisionOneNumber_NoNumberTwice()
    {
        // A second host on the same tables is a second instance of the bot.
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: new Dictionary<string, string?> { ["Storage:TablePrefix"] = _app.TablePrefix });
        var instances = new[] { _app.GetService<DecisionReferences>(), second.GetService<DecisionReferences>() };
        var pollIds = Enumerable.Range(0, 24).Select(i => $"poll{i:D2}").ToList();

        // Every decision asked three times at once (a redelivered creating activity), spread over both instances.
        var calls = pollIds.SelectMany(id => Enumerable.Range(0, 3).Select(n => (id, Task: instances[n % 2].AllocateAsync("basisinfrastructuur", id, 2026, default)))).ToList();
        await Task.WhenAll(calls.Select(c => c.Task));

        var byPoll = calls.GroupBy(c => c.id).ToDictionary(g => g.Key, g => g.Select(c => c.Task.Result.ToString()).Distinct().ToList());
        Assert.All(byPoll.Values, references => Assert.Single(references));
        var numbers = byPoll.Values.Select(r => DecisionReference.TryParse(r[0])!).ToList();
        Assert.All(numbers, n => Assert.Equal(("BI", 2026), (n.Code, n.Year)));
        Assert.Equal(Enumerable.Range(1, pollIds.Count), numbers.Select(n => n.Sequence).Order());
        foreach (var id in pollIds)
        {
            Assert.Equal(id, await _app.GetService<DecisionReferences>().FindPollIdAsync(DecisionReference.TryParse(byPoll[id][0])!, default));
        }
    }

    [Fact]
    public async Task Allocate_SequenceIsPerStuurgroepAndYear()
    {
        var references = _app.GetService<DecisionReferences>();

        Assert.Equal("BI-2026-001", (await references.AllocateAsync("basisinfrastructuur", "a", 2026, default)).ToString());
        Assert.Equal("BI-2026-002", (await references.AllocateAsync("basisinfrastructuur", "b", 2026, default)).ToString());
        Assert.Equal("BI-2027-001", (await references.AllocateAsync("basisinfrastructuur", "c", 2027, default)).ToString());
        Assert.Equal("BL-2026-001", (await references.AllocateAsync("beleven", "d", 2026, default)).ToString());
        Assert.Equal("BI-2026-001", (await references.AllocateAsync("basisinfrastructuur", "a", 2026, default)).ToString()); // asked again: the same
        Assert.Null(await references.FindPollIdAsync(new DecisionReference("BI", 2026, 3), default));
    }

    [Fact]
    public async Task CreatedDecisions_ShowTheirReference_OnCardRegisterAndExport_AndAreFoundByIt()
    {
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, _app.GetService<DecisionService>().TimeZone).Year;
        var first = await _flow.CreatePollAsync("Welke zoekmachine kiezen we?", "A", "B");
        var firstCard = _app.Connector.CallsTo("POST", "/v3/conversations").Last().Card!;
        var second = await _flow.CreateAsync("voorstel", "Nieuwe leverancier bibliotheekwebsites");
        var stored = (await _app.GetService<DecisionService>().FindAsync(second, default))!;

        Assert.Equal($"BI-{year}-001", (await _app.GetService<DecisionService>().FindAsync(first, default))!.Reference);
        Assert.Equal($"BI-{year}-002", stored.Reference);
        Assert.Contains($"BI-{year}-001", firstCard["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        // Accepted where a person types one: any case, with or without leading zeros.
        var resolver = _app.GetService<DecisionResolver>();
        Assert.Equal(second, await resolver.ResolveAsync($" bi-{year}-2 ", default));
        Assert.Equal(second, await resolver.ResolveAsync(second, default));
        Assert.Equal($"BI-{year}-099", await resolver.ResolveAsync($"BI-{year}-099", default)); // unknown: left as typed, refused as unknown there

        await _flow.VoteAsync(DemoUser.Bram, second, "voor");
        await _flow.CloseAsync(DemoUser.Chair, second);
        var result = (await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix)).Card!;
        Assert.Contains($"BI-{year}-002", result["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await Eventually.TrueAsync(
            async () => (await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", RegisterScope.Intern, default)).Count > 0, PollFlow.Wait, "the register row");

        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "besluiten"));
        var register = _app.Connector.CallsTo("POST", "/activities").Last().Card!.ToJsonString();
        Assert.Contains(CoopBot.Decisions.Contracts.ReferenceTexts.ReferenceLabel, register, StringComparison.Ordinal);
        Assert.Contains($"BI-{year}-002", register, StringComparison.Ordinal);

        var entries = await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", RegisterScope.Intern, default);
        var csv = RegisterExport.ToCsv(entries).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",referentie", csv[0], StringComparison.Ordinal);
        Assert.EndsWith($",BI-{year}-002", csv[1].TrimEnd('\r'), StringComparison.Ordinal);
        var markdown = RegisterExport.ToMarkdown(entries).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("| referentie |", markdown[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.EndsWith($"| BI-{year}-002 |", markdown[2].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionFromBeforeReferences_StillDisplays_WithoutOne()
    {
        // A decision stored before issue 16: its row has no Reference. We show nothing rather than number it late.
        var pollId = await _flow.CreatePollAsync("Oud besluit", "A", "B");
        var store = _app.GetService<DecisionStore>();
        var (poll, etag) = (await store.GetAsync(pollId, default))!.Value;
        await store.UpdateAsync(poll with { Reference = null }, etag, new AuditEvent("test|strip", "test", "bot", DateTimeOffset.UtcNow, null, null), default);

        var view = await _flow.RefreshAsync(DemoUser.Bram, pollId);
        Assert.Equal(200, view["statusCode"]!.GetValue<int>());
        var kindLine = view["value"]!["body"]![0]!["text"]!.GetValue<string>();
        Assert.Equal(PollKinds.SingleChoice.DisplayName, kindLine);

        await _flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        await _flow.CloseAsync(DemoUser.Chair, pollId);
        await _flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);
        await Eventually.TrueAsync(
            async () => (await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", RegisterScope.Intern, default)).Count > 0, PollFlow.Wait, "the register row");
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "besluiten"));
        var register = _app.Connector.CallsTo("POST", "/activities").Last().Card!.ToJsonString();
        Assert.Contains("Oud besluit", register, StringComparison.Ordinal);
        Assert.DoesNotContain(CoopBot.Decisions.Contracts.ReferenceTexts.ReferenceLabel, register, StringComparison.Ordinal);
        Assert.EndsWith(",", RegisterExport.ToCsv(await _app.GetService<DecisionRegister>().AllAsync("basisinfrastructuur", RegisterScope.Intern, default)).Split('\n')[1].TrimEnd('\r'), StringComparison.Ordinal);
    }
}
