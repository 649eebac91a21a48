namespace CoopBot.Faq;

/// <summary>
/// Coefficients of the confidence model: confidence = σ(Intercept + ScoreWeight·score + MarginWeight·margin
/// + CoverageWeight·coverage), where score is the combined ranking score, margin its lead over the best other
/// entry and coverage the share of the question's IDF mass found in the knowledge base.
/// </summary>
/// <param name="Intercept">Bias term.</param>
/// <param name="ScoreWeight">Weight of the combined score.</param>
/// <param name="MarginWeight">Weight of the margin over the runner-up.</param>
/// <param name="CoverageWeight">Weight of the vocabulary coverage.</param>
public sealed record FaqCalibration(double Intercept, double ScoreWeight, double MarginWeight, double CoverageWeight);

/// <summary>Tuning of <see cref="FaqIndex"/>; <see cref="Default"/> holds the values fitted on the development set.</summary>
public sealed record FaqIndexOptions
{
    /// <summary>The fitted defaults (see <c>faq calibrate</c> and the README).</summary>
    public static FaqIndexOptions Default { get; } = new();

    /// <summary>BM25 term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Weight of the answer field relative to the question-and-phrasings field (weight 1).</summary>
    public double AnswerFieldWeight { get; init; } = 0.3;

    /// <summary>Share of the character-trigram similarity in the combined score (the rest is normalised BM25).</summary>
    public double NGramWeight { get; init; } = 0.3;

    /// <summary>Evidence weight of a word corrected at edit distance 1 (squared for distance 2).</summary>
    public double FuzzyWeight { get; init; } = 0.75;

    /// <summary>Questions whose coverage is below this are out of scope, whatever they match.</summary>
    public double MinimumCoverage { get; init; } = 0.35;

    /// <summary>The confidence at or above which the bot answers.</summary>
    public double ConfidenceThreshold { get; init; } = 0.575;

    /// <summary>The confidence model's coefficients.</summary>
    public FaqCalibration Calibration { get; init; } = new(-3.591, 0.124, 12.796, 4.573);
}
