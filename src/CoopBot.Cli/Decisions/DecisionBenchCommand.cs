using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Hosting;
using CoopBot.Registry;
using CoopBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Cli.Decisions;

/// <summary>
/// <c>decisions bench</c>: the real host on Kestrel loopback (anonymous Development mode) against the configured
/// storage (Azurite by default), with a loopback stand-in for the Bot Connector. Measures, in this order: closed-loop
/// votes/s and latency through POST /api/messages, the raw upserts/s of the same Table client pipeline, their ratio,
/// an open-loop run at a steady rate, and closing and counting a decision with many ballots. Each run uses fresh tables.
/// </summary>
internal static class DecisionBenchCommand
{
    private const string VotersGroup = "bench";
    private const string TallyGroup = "bench-telling";
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    // The vote confirmation's first sentence: the card escapes its punctuation, so the probe stops before the full stop.
    private static readonly string VoteCounted = DecisionTexts.VoteCounted.Split('.')[0];

    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(0, "decisions bench [--seconds 10] [--voters 50] [--rate 100] [--ballots 5000]");
        var seconds = arguments.IntOption("seconds", 10, 1);
        var voters = arguments.IntOption("voters", 50, 1);
        var rate = arguments.IntOption("rate", 100, 1);
        var ballots = arguments.IntOption("ballots", 5000, 1);
        return CliHost.Run(() => RunAsync(invocation.Out, TimeSpan.FromSeconds(seconds), voters, rate, ballots));
    }

    private static async Task<int> RunAsync(TextWriter output, TimeSpan duration, int voters, int rate, int ballots)
    {
#if DEBUG
        await output.WriteLineAsync(CliTexts.DebugBuild);
#endif
        await using var connector = await BenchConnector.StartAsync();
        await using var host = CliHost.Build(Settings(), b => b.WebHost.UseUrls("http://127.0.0.1:0"), environmentName: "Development");
        host.MapCoopBot();
        await host.StartAsync();
        var botUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await SeedAsync(host.Services, VotersGroup, voters);
        var pollId = await CreatePollAsync(host.Services, VotersGroup, connector.ServiceUrl, anonymous: false);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = voters * 2 }) { BaseAddress = new Uri(botUrl) };
        var vote = new Voting(http, connector.ServiceUrl, pollId, voters);

        await ClosedLoopAsync(vote, voters, WarmUp);
        var commits = host.Services.GetRequiredService<BallotCommitQueue>();
        var before = commits.Committed;
        var closed = await ClosedLoopAsync(vote, voters, duration);
        var (transactions, ballotsCommitted) = (commits.Committed.Transactions - before.Transactions, commits.Committed.Ballots - before.Ballots);
        var raw = await RawUpsertsAsync(host.Services, voters, duration, rowsPerWrite: 1);
        var batches = await RawUpsertsAsync(host.Services, voters, duration, rowsPerWrite: 2);
        var ratio = closed.PerSecond / raw;
        var open = await OpenLoopAsync(vote, rate, duration);
        await output.WriteLineAsync(Line($"closed loop ({voters} voters, {duration.TotalSeconds:0} s): {closed.PerSecond:F0} votes/s, p50 {closed.P50:F1} ms, p99 {closed.P99:F1} ms, refused {closed.Errors}"));
        await output.WriteLineAsync(Line($"group commit: {ballotsCommitted} ballots in {transactions} transactions ({(double)ballotsCommitted / Math.Max(1, transactions):F1} per transaction, each ballot with its audit event)"));
        await output.WriteLineAsync(Line($"raw upserts ({voters} concurrent, same Table client pipeline, {duration.TotalSeconds:0} s): {raw:F0} upserts/s"));
        await output.WriteLineAsync(Line($"raw 2-row batches (a ballot and its audit event, same pipeline): {batches:F0} batches/s"));
        await output.WriteLineAsync(Line($"ratio votes/raw upserts: {ratio:F2} (target >= 0.5)"));
        await output.WriteLineAsync(Line($"open loop ({rate} votes/s, {duration.TotalSeconds:0} s, {open.Count} votes): p50 {open.P50:F1} ms, p99 {open.P99:F1} ms (target < 50 ms), refused {open.Errors}"));

        await SeedAsync(host.Services, TallyGroup, ballots);
        foreach (var anonymous in new[] { false, true })
        {
            var (cast, close, count, purged, purgeMs) = await CloseAndTallyAsync(host.Services, connector.ServiceUrl, ballots, anonymous);
            await output.WriteLineAsync(Line(
                $"close and count {ballots} ballots{(anonymous ? " (anonymous: ballot key deleted with the result, voter-choice links destroyed)" : string.Empty)}: close {close:F0} ms + count {count:F0} ms = {close + count:F0} ms (target < 1000 ms); ballots cast in {cast:F1} s, grace period {GracePeriod.TotalSeconds:0} s not counted"));
            if (anonymous)
            {
                await output.WriteLineAsync(Line($"  afterwards, tidying: {purged} unreadable sealed ballots rewritten as participation rows in {purgeMs:F0} ms"));
            }
        }

        await host.StopAsync();
        return CliExitCodes.Success;
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = string.Empty,
        ["Storage:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
        ["Registry:SeedDemoData"] = "false",
        ["Registry:SeatCacheDuration"] = "00:10:00",
        ["Decisions:VoteWriteTimeout"] = "00:00:01",
        ["Decisions:PollCacheDuration"] = "00:00:00.500",
        ["Decisions:CloseGracePeriod"] = GracePeriod.ToString(),
        // Only the table service runs for the bench: no meeting broadcasts polling a queue.
        ["Broadcast:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private sealed record Measured(double PerSecond, double P50, double P99, int Count, int Errors);

    /// <summary>Sends votes as Teams would: a valid Action.Execute invoke per vote, voters changing their choice.</summary>
    private sealed class Voting(HttpClient http, string serviceUrl, string pollId, int voters)
    {
        private int _next;

        public async Task<(double Ms, bool Ok)> VoteAsync(int voter, long startTimestamp = 0)
        {
            var n = Interlocked.Increment(ref _next);
            var data = new JsonObject { ["pollId"] = pollId, ["choice"] = $"o{(n % 3) + 1}" };
            var activity = BenchActivities.CardAction(serviceUrl, BenchUser.Member(voter % voters), DecisionVerbs.Vote, data);
            var start = startTimestamp == 0 ? Stopwatch.GetTimestamp() : startTimestamp;
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            var body = await response.Content.ReadAsStringAsync();
            return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, response.IsSuccessStatusCode && body.Contains(VoteCounted, StringComparison.Ordinal));
        }
    }

    private static async Task<Measured> ClosedLoopAsync(Voting vote, int voters, TimeSpan duration)
    {
        var latencies = new List<double>[voters];
        var errors = 0;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, voters).Select(async v =>
        {
            latencies[v] = [];
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var (ms, ok) = await vote.VoteAsync(v);
                latencies[v].Add(ms);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measured((all.Length - errors) / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), all.Length, errors);
    }

    // Latency is measured from the moment a vote was due, so a slow response delays nothing and hides nothing.
    private static async Task<Measured> OpenLoopAsync(Voting vote, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var sends = new List<Task<(double Ms, bool Ok)>>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            sends.Add(vote.VoteAsync(i, start + (long)(due.TotalSeconds * Stopwatch.Frequency)));
        }

        var results = await Task.WhenAll(sends);
        var all = results.Select(r => r.Ms).Order().ToArray();
        return new Measured(rate, Percentile(all, 0.50), Percentile(all, 0.99), all.Length, results.Count(r => !r.Ok));
    }

    private static async Task<double> RawUpsertsAsync(IServiceProvider services, int concurrency, TimeSpan duration, int rowsPerWrite)
    {
        var table = await services.GetRequiredService<ITableClientProvider>().GetTableAsync("BenchRaw");
        var count = 0;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var i = 0; Stopwatch.GetElapsedTime(start) < duration; i++)
            {
                var entity = new TableEntity("raw", $"{worker:D4}-{i % 100:D3}") { ["Choice"] = "o1", ["VoterName"] = "Lid", ["CastAt"] = DateTimeOffset.UtcNow };
                if (rowsPerWrite == 1)
                {
                    await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
                }
                else
                {
                    var audit = new TableEntity("raw", $"~evt|{worker:D4}-{i:D9}-{Guid.NewGuid():N}") { ["Type"] = "vote", ["At"] = DateTimeOffset.UtcNow };
                    await table.SubmitTransactionAsync(
                        [new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity), new TableTransactionAction(TableTransactionActionType.Add, audit)]);
                }

                Interlocked.Increment(ref count);
            }
        }));
        return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task<(double CastSeconds, double CloseMs, double CountMs, int Purged, double PurgeMs)> CloseAndTallyAsync(IServiceProvider services, string serviceUrl, int ballots, bool anonymous)
    {
        var voting = services.GetRequiredService<DecisionVoting>();
        var lifecycle = services.GetRequiredService<DecisionLifecycle>();
        var counting = services.GetRequiredService<DecisionCounting>();
        var pollId = await CreatePollAsync(services, TallyGroup, serviceUrl, anonymous);
        var cast = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, ballots), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var voter = BenchUser.Member(i);
            var vote = await voting.VoteAsync(new VoteRequest(pollId, new Actor(voter.AadObjectId, voter.Name, voter.TeamsId), [$"o{(i % 3) + 1}"], null, $"bench-{i}"), ct);
            if (!vote.IsSuccess)
            {
                throw new InvalidOperationException($"Ballot {i} refused: {vote.Rejection.Message}");
            }
        });
        var castSeconds = Stopwatch.GetElapsedTime(cast).TotalSeconds;

        var chair = new Actor(BenchUser.Chair.AadObjectId, BenchUser.Chair.Name, BenchUser.Chair.TeamsId);
        var close = Stopwatch.GetTimestamp();
        var closed = await lifecycle.CloseAsync(pollId, chair, null, $"bench-close-{pollId}", CancellationToken.None);
        var closeMs = Stopwatch.GetElapsedTime(close).TotalMilliseconds;
        await Task.Delay(GracePeriod + TimeSpan.FromMilliseconds(100));
        var count = Stopwatch.GetTimestamp();
        var (final, _) = await counting.FinalizeAsync(pollId, CancellationToken.None);
        var countMs = Stopwatch.GetElapsedTime(count).TotalMilliseconds;
        if (!closed.IsSuccess || final?.Result?.Voters != ballots)
        {
            throw new InvalidOperationException($"Counting went wrong: {final?.Result?.Voters} of {ballots} ballots counted.");
        }

        var purge = Stopwatch.GetTimestamp();
        var purged = await counting.PurgeAnonymousBallotsAsync(final, CancellationToken.None);
        return (castSeconds, closeMs, countMs, purged, Stopwatch.GetElapsedTime(purge).TotalMilliseconds);
    }

    private static async Task<string> CreatePollAsync(IServiceProvider services, string groupId, string serviceUrl, bool anonymous)
    {
        var creation = services.GetRequiredService<DecisionCreation>();
        var chair = new Actor(BenchUser.Chair.AadObjectId, BenchUser.Chair.Name, BenchUser.Chair.TeamsId);
        var request = new CreatePollRequest(groupId, chair, "stemming", "Benchmark", null, ["A", "B", "C"], null, $"bench-create-{Guid.NewGuid():N}")
        {
            Settings = CoopBot.Domain.Decisions.PollSettings.Default with { Anonymous = anonymous },
        };
        var created = await creation.CreatePollAsync(request, CancellationToken.None);
        var poll = created.IsSuccess ? created.Value : throw new InvalidOperationException(created.Rejection.Message);
        await services.GetRequiredService<DecisionCardPoster>().AttachAsync(poll.Id, new CardLocation(serviceUrl, BenchActivities.ChannelId + ";messageid=1", "1", BenchActivities.ChannelId, BenchActivities.TenantId), CancellationToken.None);
        return poll.Id;
    }

    // The benchmark stuurgroep goes in through the app's own registry seeder (the CLI never writes tables around the services).
    private static async Task SeedAsync(IServiceProvider services, string groupId, int members)
    {
        var seats = new List<object> { Seat(BenchUser.Chair, "cultuurconnect", "Voorzitter") };
        seats.AddRange(Enumerable.Range(0, members).Select(i => Seat(BenchUser.Member(i), $"bib-{i}", "Lid")));
        var file = new
        {
            tenantId = BenchActivities.TenantId,
            organisations = Array.Empty<object>(),
            persons = Array.Empty<object>(),
            seats = Array.Empty<object>(),
            workingGroups = Array.Empty<object>(),
            bodies = Array.Empty<object>(),
            steeringGroups = new[] { new { id = groupId, name = $"Stuurgroep {groupId}", services = new[] { "Bieblo" }, teamId = (string?)null, channelId = (string?)null, seats } },
        };
        var path = Path.Combine(Path.GetTempPath(), $"coopbot-bench-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(file));
        try
        {
            await services.GetRequiredService<DemoRegistry>().SeedAsync(path, CancellationToken.None);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static object Seat(BenchUser user, string organisation, string role) =>
        new { aadObjectId = user.AadObjectId, name = user.Name, organisationId = organisation, role, teamsUserId = user.TeamsId, experience = "Ervaren" };

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
