using System.Globalization;

namespace CoopBot.Faq.Evaluation;

/// <summary>The results of an evaluation run and its two headline figures.</summary>
/// <param name="Results">One result per question, in input order.</param>
public sealed record EvalReport(IReadOnlyList<EvalResult> Results)
{
    /// <summary>In-scope questions whose top-1 prediction was acceptable.</summary>
    public int InScopeCorrect => Results.Count(r => !r.Case.IsOutOfScope && r.Correct);

    /// <summary>All in-scope questions.</summary>
    public int InScopeTotal => Results.Count(r => !r.Case.IsOutOfScope);

    /// <summary>Out-of-scope questions that were refused.</summary>
    public int OutOfScopeRefused => Results.Count(r => r.Case.IsOutOfScope && r.Correct);

    /// <summary>All out-of-scope questions.</summary>
    public int OutOfScopeTotal => Results.Count(r => r.Case.IsOutOfScope);

    /// <summary>In-scope top-1 accuracy in [0, 1].</summary>
    public double InScopeAccuracy => InScopeTotal == 0 ? 0 : (double)InScopeCorrect / InScopeTotal;

    /// <summary>Share of out-of-scope questions refused, in [0, 1].</summary>
    public double RefusalRate => OutOfScopeTotal == 0 ? 0 : (double)OutOfScopeRefused / OutOfScopeTotal;

    /// <summary>The summary line: <c>in-scope top1: X/Y (P%), out-of-scope refused: A/B</c>.</summary>
    public string SummaryLine => string.Create(
        CultureInfo.InvariantCulture,
        $"in-scope top1: {InScopeCorrect}/{InScopeTotal} ({InScopeAccuracy * 100:F1}%), out-of-scope refused: {OutOfScopeRefused}/{OutOfScopeTotal}");

    /// <summary>Runs <paramref name="predictor"/> over <paramref name="cases"/>.</summary>
    /// <param name="predictor">The matcher under test.</param>
    /// <param name="cases">The labelled questions.</param>
    public static EvalReport Run(IFaqPredictor predictor, IEnumerable<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(cases);
        return new EvalReport(cases.Select(c =>
        {
            var prediction = predictor.Predict(c.Question);
            return new EvalResult(c, prediction.Id, prediction.Score);
        }).ToList());
    }
}
