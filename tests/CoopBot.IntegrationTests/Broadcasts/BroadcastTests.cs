using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CoopBot.Broadcasts;
using CoopBot.Broadcasts.Contracts;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.IntegrationTests.Meetings;
using CoopBot.Testing;
using Xunit.Abstractions;

namespace CoopBot.IntegrationTests.Broadcasts;

/// <summary>
/// Issue 7, broadcast: one queue message per conversation through Azurite's queue service, paced to the Teams limits,
/// 429 Retry-After honoured, exactly once per conversation even when the queue delivers a message twice.
/// </summary>
[Collection(AzuriteQueueFixture.Collection)]
public sealed class BroadcastTests(AzuriteQueueFixture azurite, ITestOutputHelper output)
{
    private const string CardJson = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Openbaar verslag"}]}""";
    private static readonly CardLocation StatsThread = new("placeholder", "19:stuurgroep@thread.tacv2;messageid=1", "1", "19:stuurgroep@thread.tacv2", null);

    [Fact]
    public async Task Broadcast_300Conversations_ThrottledConnector_EachDeliveredExactlyOnce()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: MeetingFlow.BroadcastSettings());
        var limiter = new SlidingWindow(perSecond: 7);
        var random = new Random(7);
        app.Connector.Throttle = (method, path) =>
            method != "POST" ? null
            : !limiter.TryTake(ConversationOf(path)) ? 1
            : random.NextDouble() < 0.05 ? 1
            : null;
        var targets = Enumerable.Range(0, 300).Select(i => new BroadcastTarget($"org-{i}", $"a:afnemer-{i:D3}", app.ServiceUrl, null)).ToList();
        var service = app.GetService<BroadcastService>();
        var request = new BroadcastRequest("b300", "Openbaar verslag: test", CardJson, app.ServiceUrl, StatsThread with { ServiceUrl = app.ServiceUrl });

        var clock = Stopwatch.StartNew();
        var queued = await service.StartAsync(request, targets, CancellationToken.None);
        await DuplicateEveryMessageAsync(app, queued);
        await Eventually.TrueAsync(async () => (await service.GetStatsAsync("b300", CancellationToken.None))!.Pending == 0, TimeSpan.FromMinutes(2), "all 300 deliveries done");
        clock.Stop();

        var sends = app.Connector.Calls.Where(c => c.Method == "POST" && c.Path.Contains("/a:afnemer-", StringComparison.Ordinal)).ToList();
        Assert.Equal(300, queued);
        Assert.Equal(300, sends.Count);
        Assert.Equal(300, sends.Select(c => ConversationOf(c.Path)).Distinct().Count());
        var stats = await service.GetStatsAsync("b300", CancellationToken.None);
        Assert.Equal((300, 0, 0), (stats!.Sent, stats.Failed, stats.Pending));
        await Eventually.TrueAsync(() => app.Connector.CallsTo("PUT", "/activities/").Any(c => MeetingFlow.Contains(c, "300 van 300")), MeetingFlow.Wait, "the stats card shows the final count");
        var throughput = 300 / clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"broadcast: 300 conversations, 600 queue messages (each twice), {app.Connector.Throttled} answers 429, {clock.Elapsed.TotalSeconds:0.0} s, {throughput:0.0} messages/s"));
    }

    [Fact]
    public async Task Broadcast_PermanentAndPersistentFailures_AreMarkedFailedAndPoisonParked()
    {
        var settings = MeetingFlow.BroadcastSettings();
        settings["Broadcast:MaxAttempts"] = "2";
        settings["Broadcast:VisibilityTimeout"] = "00:00:01";
        settings["Connector:MaxRetries"] = "0";
        await using var app = await CoopBotApp.StartAsync(azurite.Server, settings: settings);
        app.Connector.Throttle = (method, path) => method == "POST" && path.Contains("a:kapot", StringComparison.Ordinal) ? 1 : null;
        var targets = new[] { new BroadcastTarget("ok", "a:ok", app.ServiceUrl, null), new BroadcastTarget("kapot", "a:kapot", app.ServiceUrl, null) };
        var service = app.GetService<BroadcastService>();

        await service.StartAsync(new BroadcastRequest("bfail", "Openbare agenda: test", CardJson, app.ServiceUrl, null), targets, CancellationToken.None);
        await Eventually.TrueAsync(async () => (await service.GetStatsAsync("bfail", CancellationToken.None))!.Pending == 0, MeetingFlow.Wait, "both deliveries end");

        var stats = await service.GetStatsAsync("bfail", CancellationToken.None);
        Assert.Equal((1, 1, 0), (stats!.Sent, stats.Failed, stats.Pending));
        var poison = await app.GetService<BroadcastQueue>().PoisonAsync(CancellationToken.None);
        var parked = Assert.Single((await poison.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30))).Value);
        Assert.Contains("bfail", parked.Body.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Simulates the queue delivering every message twice: the same text is queued again.</summary>
    private static async Task DuplicateEveryMessageAsync(CoopBotApp app, int count)
    {
        var service = app.GetService<BroadcastService>();
        var work = await app.GetService<BroadcastQueue>().WorkAsync(CancellationToken.None);
        var rows = await service.DeliveriesAsync("b300", CancellationToken.None);
        Assert.Equal(count, rows.Count);
        foreach (var row in rows)
        {
            await work.SendMessageAsync(System.Text.Json.JsonSerializer.Serialize(new BroadcastMessage("b300", row.RowKey)));
        }
    }

    private static string ConversationOf(string path) => path.Split("/v3/conversations/", 2)[^1].Split("/activities")[0].Split(";messageid=")[0];

    /// <summary>The Teams limit as the fake enforces it: at most N sends per conversation in any one-second window.</summary>
    private sealed class SlidingWindow(int perSecond)
    {
        private readonly ConcurrentDictionary<string, Queue<long>> _sends = new(StringComparer.Ordinal);

        public bool TryTake(string conversation)
        {
            var queue = _sends.GetOrAdd(conversation, _ => new Queue<long>());
            lock (queue)
            {
                var now = Stopwatch.GetTimestamp();
                while (queue.Count > 0 && Stopwatch.GetElapsedTime(queue.Peek(), now) >= TimeSpan.FromSeconds(1))
                {
                    queue.Dequeue();
                }

                if (queue.Count >= perSecond)
                {
                    return false;
                }

                queue.Enqueue(now);
                return true;
            }
        }
    }
}
