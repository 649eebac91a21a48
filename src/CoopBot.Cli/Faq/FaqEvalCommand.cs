using CoopBot.Faq;
using CoopBot.Faq.Evaluation;

namespace CoopBot.Cli.Faq;

/// <summary>
/// <c>faq eval &lt;file.tsv&gt;</c>: one JSON line per question, then
/// <c>in-scope top1: X/Y (P%), out-of-scope refused: A/B</c>. <c>--baseline</c> evaluates the lunr-style baseline.
/// </summary>
internal static class FaqEvalCommand
{
    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(1, "faq eval <vragen.tsv> [--file <kb.json>] [--baseline]");
        if (!FaqFiles.TryReadEvalSet(arguments.Positional[0], invocation.Error, out var cases)
            || !FaqFiles.TryLoadKnowledgeBase(KnowledgeBaseLocator.ForReading(arguments), invocation.Error, out var knowledgeBase))
        {
            return CliExitCodes.Failure;
        }

        FaqFiles.WarnUnknownIds(knowledgeBase, cases, invocation.Error);
        IFaqPredictor predictor = arguments.Flag("baseline")
            ? new LunrBaseline(knowledgeBase)
            : new FaqIndexPredictor(FaqIndex.Build(knowledgeBase));
        var report = EvalReport.Run(predictor, cases);
        foreach (var result in report.Results)
        {
            invocation.Out.WriteLine(result.ToJsonLine());
        }

        invocation.Out.WriteLine(report.SummaryLine);
        return CliExitCodes.Success;
    }
}
