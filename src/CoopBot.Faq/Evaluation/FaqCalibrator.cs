using CoopBot.Faq.Retrieval;

namespace CoopBot.Faq.Evaluation;

/// <summary>The outcome of <see cref="FaqCalibrator.Fit"/>: fitted options and how they score on the development set.</summary>
/// <param name="Options">Options with the fitted ranking weights, calibration, coverage floor and threshold.</param>
/// <param name="RankingAccuracy">In-scope top-1 accuracy of the ranking alone (no threshold).</param>
/// <param name="Development">The development-set evaluation with the fitted options.</param>
public sealed record FaqCalibrationReport(FaqIndexOptions Options, double RankingAccuracy, EvalReport Development);

/// <summary>
/// Fits the ranking weights, the confidence model and the decision threshold on a development set:
/// 1) grid search of the n-gram and answer-field weights for ranking accuracy; 2) logistic regression of
/// "top-1 is right" on (score, margin, coverage); 3) grid search of the coverage floor and the threshold for the
/// utility per question (right answers and refusals minus wrong answers) within the acceptance floors, taking the
/// middle of the best plateau.
/// </summary>
public static class FaqCalibrator
{
    private sealed record CalibrationSample(double[] Features, bool Correct, bool OutOfScope);

    private static readonly double[] NGramWeights = [0.2, 0.3, 0.4, 0.5, 0.6];
    private static readonly double[] AnswerWeights = [0.1, 0.2, 0.3, 0.5];
    private static readonly double[] Coverages = [0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

    // The acceptance floors of issue 5 on the development set: in-scope top-1 and out-of-scope refusals.
    private const double MinimumAccuracy = 0.90;
    private const double MinimumRefusalRate = 0.80;

    /// <summary>Fits options on <paramref name="development"/>; never pass the held-out set.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    /// <param name="development">The development questions.</param>
    public static FaqCalibrationReport Fit(FaqKnowledgeBase knowledgeBase, IReadOnlyList<EvalCase> development)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(development);
        var inScope = development.Where(c => !c.IsOutOfScope).ToList();
        var best = NGramWeights
            .SelectMany(n => AnswerWeights, (n, a) => FaqIndexOptions.Default with { NGramWeight = n, AnswerFieldWeight = a })
            .Select(o => (Options: o, Fit: RankingFit(FaqIndex.Build(knowledgeBase, o), inScope)))
            .MaxBy(t => t.Fit);
        var options = best.Options;

        var index = FaqIndex.Build(knowledgeBase, options);
        var samples = development.Select(c => Sample(index, c)).ToList();
        var w = LogisticRegression.Fit([.. samples.Select(s => s.Features)], [.. samples.Select(s => s.Correct)]);
        options = options with { Calibration = new FaqCalibration(w[0], w[1], w[2], w[3]) };
        options = ChooseDecision(samples, options);
        var report = EvalReport.Run(new FaqIndexPredictor(FaqIndex.Build(knowledgeBase, options)), development);
        return new FaqCalibrationReport(options, best.Fit.Accuracy, report);
    }

    /// <summary>Top-1 accuracy, ties broken by the mean lead of the right entry over the best wrong one.</summary>
    private static (double Accuracy, double Margin) RankingFit(FaqIndex index, List<EvalCase> cases)
    {
        double correct = 0, margin = 0;
        foreach (var c in cases)
        {
            var ranking = index.Rank(c.Question);
            var rank = Enumerable.Range(0, ranking.Count)
                .FirstOrDefault(r => c.Expected.Contains(index.KnowledgeBase.Entries[ranking.Entry(r)].Id), -1);
            correct += rank == 0 ? 1 : 0;
            margin += rank switch
            {
                0 => ranking.Margin(0),
                > 0 => ranking.Score(rank) - ranking.Score(0),
                _ => -ranking.Score(0),
            };
        }

        var count = Math.Max(1, cases.Count);
        return (correct / count, margin / count);
    }

    /// <summary>Ranking features of one question and whether its top-1 entry is acceptable.</summary>
    private static CalibrationSample Sample(FaqIndex index, EvalCase c)
    {
        var ranking = index.Rank(c.Question);
        var correct = !c.IsOutOfScope && ranking.Count > 0 && c.Expected.Contains(index.KnowledgeBase.Entries[ranking.Entry(0)].Id);
        return new CalibrationSample([ranking.Score(0), ranking.Margin(0), ranking.Coverage], correct, c.IsOutOfScope);
    }

    private static FaqIndexOptions ChooseDecision(List<CalibrationSample> samples, FaqIndexOptions options)
    {
        var inScope = samples.Where(s => !s.OutOfScope).ToList();
        var outOfScope = samples.Where(s => s.OutOfScope).ToList();
        var candidates = new List<(FaqIndexOptions Options, double Objective, bool MeetsFloors)>();
        foreach (var coverage in Coverages)
        {
            for (var threshold = 0.05; threshold < 0.951; threshold += 0.025)
            {
                var candidate = options with { MinimumCoverage = coverage, ConfidenceThreshold = Math.Round(threshold, 3) };
                bool Answers(CalibrationSample s) =>
                    s.Features[2] >= coverage && s.Features[0] > 0
                    && ConfidenceModel.Confidence(candidate.Calibration, s.Features[0], s.Features[1], s.Features[2]) >= candidate.ConfidenceThreshold;
                var answeredRight = inScope.Count(s => s.Correct && Answers(s));
                var answeredWrong = inScope.Count(s => !s.Correct && Answers(s));
                var refused = outOfScope.Count(s => !Answers(s));

                // Every question counts the same: +1 for a right answer or a refusal, -1 for a wrong answer, 0 for
                // "not sure" on an in-scope question (the suggestions and the community manager still help).
                var utility = answeredRight + refused - answeredWrong - (outOfScope.Count - refused);
                var meetsFloors = answeredRight >= MinimumAccuracy * inScope.Count && refused >= MinimumRefusalRate * outOfScope.Count;
                candidates.Add((candidate, utility, meetsFloors));
            }
        }

        // Among the settings that meet the acceptance floors (all, if none does), the middle of the best plateau
        // (median coverage floor, then median threshold) rather than its edge.
        if (candidates.Exists(c => c.MeetsFloors))
        {
            candidates.RemoveAll(c => !c.MeetsFloors);
        }

        var best = candidates.Max(c => c.Objective);
        var plateau = candidates.Where(c => c.Objective >= best - 1e-9).Select(c => c.Options).ToList();
        var coverages = plateau.Select(o => o.MinimumCoverage).Distinct().Order().ToList();
        var floor = coverages[coverages.Count / 2];
        var thresholds = plateau.Where(o => o.MinimumCoverage == floor).ToList();
        return thresholds[thresholds.Count / 2];
    }
}
