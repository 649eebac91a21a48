using CoopBot.Escalation;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Jobs;
using CoopBot.Jobs.Contracts;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Escalation;

/// <summary>Issue 6 follow-up: after N days one reminder per pending body and one notice to the community manager, across a restart and two instances.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class FollowUpTests(AzuriteFixture azurite)
{
    private const string ReminderText = "Herinnering: deze bevestiging wacht al meer dan 10 dagen";
    private const string NoticeText = "Bevestiging blijft uit";

    [Fact]
    public async Task PendingOverTenDays_TwoInstancesAfterARestart_SendOneReminderToThePendingBodyAndOneNotice()
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestTables.UniquePrefix() };
        await using var connector = await FakeConnector.StartAsync();
        await using (var before = await CoopBotApp.StartAsync(azurite.Server, settings: settings, sharedConnector: connector))
        {
            var flow = new EscalationFlow(before);
            var pollId = await flow.OpenAsync("Migratie bibliotheeksysteem", "150.000");
            await flow.DecideAsync(pollId, "voor");
            await Eventually.TrueAsync(() => flow.BodyCards().Count >= 2, PollFlow.Wait, "both confirmation cards");
            await flow.ActAsync(BodyUsers.Katrien, EscalationVerbs.Confirm, pollId, "FinancieelComite");
            Assert.Empty(Sent(connector, ReminderText));
        }

        var later = new ShiftedClock(TimeSpan.FromDays(10.5));
        await using var first = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: later, sharedConnector: connector);
        await using var second = await CoopBotApp.StartAsync(azurite.Server, settings: settings, clock: later, sharedConnector: connector);
        await Eventually.TrueAsync(() => Sent(connector, NoticeText).Count > 0, PollFlow.Wait, "the community manager's notice");
        await Eventually.TrueAsync(async () => await second.GetService<JobScheduler>().CountDueAsync(later.GetUtcNow(), CancellationToken.None) == 0, PollFlow.Wait, "no job left");

        var reminder = Assert.Single(Sent(connector, ReminderText));
        Assert.Contains(EscalationFlow.Json("Bevestiging vooraf · voorzitter"), reminder, StringComparison.Ordinal);
        Assert.Single(Sent(connector, NoticeText));
    }

    private static List<string> Sent(FakeConnector connector, string text) =>
        connector.CallsTo("POST", "/activities").Select(c => c.Card?.ToJsonString() ?? string.Empty)
            .Where(card => card.Contains(EscalationFlow.Json(text), StringComparison.Ordinal)).ToList();
}
