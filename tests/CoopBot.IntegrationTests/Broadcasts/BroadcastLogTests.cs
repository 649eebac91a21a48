using CoopBot.Broadcasts;
using CoopBot.Broadcasts.Contracts;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.IntegrationTests.Production;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Broadcasts;

/// <summary>Issue 14: a finished broadcast is logged once with its id and counts, never its title, card or recipients.</summary>
[Collection(AzuriteQueueFixture.Collection)]
public sealed class BroadcastLogTests(AzuriteQueueFixture azurite)
{
    [Fact]
    public async Task Broadcast_Finished_IsLoggedOnceWithIdAndCounts()
    {
        var settings = MeetingFlow.BroadcastSettings();
        foreach (var (key, value) in OperatorLogs.EveryLevel())
        {
            settings[key] = value;
        }

        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: settings);
        var capture = OperatorLogs.Attach(app);
        var targets = Enumerable.Range(0, 3).Select(i => new BroadcastTarget($"org-{i}", $"a:ontvanger-{i}", app.ServiceUrl, null)).ToList();
        var service = app.GetService<BroadcastService>();
        const string card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Verslag van de stuurgroep"}]}""";

        await service.StartAsync(new BroadcastRequest("blog", "Openbaar verslag: oktober", card, app.ServiceUrl, null), targets, CancellationToken.None);
        await Eventually.TrueAsync(() => OperatorLogs.Events(capture, 1304).Any(), MeetingFlow.Wait, "the finished broadcast logged");

        var finished = OperatorLogs.One(capture, 1304);
        Assert.Equal(("blog", "3", "0"), (finished.Value("BroadcastId"), finished.Value("Sent"), finished.Value("Failed")));
        OperatorLogs.AssertNoPersonalData(capture, "Openbaar verslag", "Verslag van de stuurgroep");
    }
}
