using System.Diagnostics;
using System.Globalization;
using CoopBot.Faq;

namespace CoopBot.Cli.Faq;

/// <summary>
/// <c>faq bench</c>: builds the index repeatedly (build time), then answers questions sampled from the
/// development and held-out sets after a warm-up, and reports p50/p99/max latency and allocations per answer.
/// </summary>
internal static class FaqBenchCommand
{
    /// <summary>Tiered JIT promotes hot methods after a delay, so warm up for a while, not for a count.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private const int Seed = 20181213;

    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(0, "faq bench [--questions 10000] [--builds 200] [--file <kb.json>]");
        var questionCount = arguments.IntOption("questions", 10_000, 1);
        var builds = arguments.IntOption("builds", 200, 1);
        if (!FaqFiles.TryLoadKnowledgeBase(KnowledgeBaseLocator.ForReading(arguments), invocation.Error, out var knowledgeBase)
            || !TryLoadQuestions(invocation.Error, out var pool))
        {
            return CliExitCodes.Failure;
        }

        var output = invocation.Out;
#if DEBUG
        output.WriteLine(CliTexts.DebugBuild);
#endif
        var buildTimes = Measure(builds, () => FaqIndex.Build(knowledgeBase));
        output.WriteLine(Line($"index build ({builds}x, {knowledgeBase.Entries.Count} entries): first {buildTimes.First:F2} ms, p50 {buildTimes.P50:F2} ms, p99 {buildTimes.P99:F2} ms"));

        var index = FaqIndex.Build(knowledgeBase);
        var random = new Random(Seed);
        var questions = Enumerable.Range(0, questionCount).Select(_ => pool[random.Next(pool.Count)]).ToArray();
        var warmUpStart = Stopwatch.GetTimestamp();
        for (var i = 0; Stopwatch.GetElapsedTime(warmUpStart) < WarmUp; i++)
        {
            index.Answer(pool[i % pool.Count]);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var latencies = new double[questionCount];
        for (var i = 0; i < questionCount; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Answer(questions[i]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)questionCount;
        Array.Sort(latencies);
        output.WriteLine(Line($"answers ({questionCount}x from {pool.Count} dev+held-out questions): p50 {Percentile(latencies, 0.50):F1} µs, p99 {Percentile(latencies, 0.99):F1} µs ({Percentile(latencies, 0.99) / 1000:F3} ms), max {latencies[^1]:F1} µs"));
        output.WriteLine(Line($"allocations: {allocated:F0} bytes per answer"));
        return CliExitCodes.Success;
    }

    private static bool TryLoadQuestions(TextWriter error, out List<string> pool)
    {
        pool = [];
        var sets = KnowledgeBaseLocator.EvaluationSets();
        if (sets.Count == 0)
        {
            error.WriteLine(CliTexts.NoEvaluationSets);
            return false;
        }

        foreach (var set in sets)
        {
            if (!FaqFiles.TryReadEvalSet(set, error, out var cases))
            {
                return false;
            }

            pool.AddRange(cases.Select(c => c.Question));
        }

        return true;
    }

    private static (double First, double P50, double P99) Measure(int count, Action action)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var first = times[0];
        Array.Sort(times);
        return (first, Percentile(times, 0.50), Percentile(times, 0.99));
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
