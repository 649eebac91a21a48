using System.Globalization;
using CoopBot.Faq.Evaluation;

namespace CoopBot.Cli.Faq;

/// <summary>
/// <c>faq calibrate &lt;dev.tsv&gt;</c>: fits the ranking weights, confidence model and threshold on the development
/// set and prints them, to be copied into <c>FaqIndexOptions</c> defaults. Never run it on the held-out set.
/// </summary>
internal static class FaqCalibrateCommand
{
    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(1, "faq calibrate <dev.tsv> [--file <kb.json>]");
        if (!FaqFiles.TryReadEvalSet(arguments.Positional[0], invocation.Error, out var cases)
            || !FaqFiles.TryLoadKnowledgeBase(KnowledgeBaseLocator.ForReading(arguments), invocation.Error, out var knowledgeBase))
        {
            return CliExitCodes.Failure;
        }

        var report = FaqCalibrator.Fit(knowledgeBase, cases);
        var o = report.Options;
        var c = o.Calibration;
        var culture = CultureInfo.InvariantCulture;
        invocation.Out.WriteLine(string.Create(culture, $"ranking top1 (zonder drempel): {report.RankingAccuracy * 100:F1}%"));
        invocation.Out.WriteLine(string.Create(culture, $"NGramWeight = {o.NGramWeight}, AnswerFieldWeight = {o.AnswerFieldWeight}"));
        invocation.Out.WriteLine(string.Create(culture,
            $"Calibration = new({c.Intercept:F3}, {c.ScoreWeight:F3}, {c.MarginWeight:F3}, {c.CoverageWeight:F3})"));
        invocation.Out.WriteLine(string.Create(culture, $"MinimumCoverage = {o.MinimumCoverage}, ConfidenceThreshold = {o.ConfidenceThreshold}"));
        invocation.Out.WriteLine(report.Development.SummaryLine);
        return CliExitCodes.Success;
    }
}
