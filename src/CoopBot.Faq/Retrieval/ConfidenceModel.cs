namespace CoopBot.Faq.Retrieval;

/// <summary>
/// Turns ranking evidence into a confidence in [0, 1]: a logistic function of the entry's combined score,
/// its margin over the best other entry and the question's vocabulary coverage. The coefficients come from
/// <see cref="FaqCalibration"/>, fitted on the development set only (<c>faq calibrate</c>).
/// </summary>
internal static class ConfidenceModel
{
    public static double Confidence(FaqCalibration calibration, double score, double margin, double coverage)
    {
        var z = calibration.Intercept + (calibration.ScoreWeight * score) + (calibration.MarginWeight * margin)
            + (calibration.CoverageWeight * coverage);
        return 1 / (1 + Math.Exp(-z));
    }
}
