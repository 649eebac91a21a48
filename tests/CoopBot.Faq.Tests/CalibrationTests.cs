using CoopBot.Faq.Evaluation;

namespace CoopBot.Faq.Tests;

public class CalibrationTests
{
    [Fact]
    public void Fit_NoisyThresholdData_RecoversSignAndBoundary()
    {
        // y = 1 when x > 0.5, with a few flipped labels so that the optimum is finite.
        var x = Enumerable.Range(0, 101).Select(i => new[] { i / 100.0 }).ToList();
        var y = x.Select((row, i) => (row[0] > 0.5) ^ (i % 10 == 0)).ToList();

        var w = LogisticRegression.Fit(x, y);

        Assert.True(w[1] > 0);
        Assert.InRange(-w[0] / w[1], 0.4, 0.6);
    }

    [Fact]
    public void Fit_DevelopmentSet_MeetsAcceptanceFigures()
    {
        var report = FaqCalibrator.Fit(TestData.KnowledgeBase, TestData.Load("dev.tsv"));

        Assert.True(report.RankingAccuracy >= 0.90);
        Assert.True(report.Development.InScopeAccuracy >= 0.90, report.Development.SummaryLine);
        Assert.True(report.Development.RefusalRate >= 0.80, report.Development.SummaryLine);
        Assert.InRange(report.Options.ConfidenceThreshold, 0.05, 0.95);
    }
}
