namespace CoopBot.Faq.Evaluation;

/// <summary>Something that predicts one entry id (or a refusal) for a question, so matchers can be compared.</summary>
public interface IFaqPredictor
{
    /// <summary>Predicts the entry for <paramref name="question"/>.</summary>
    /// <param name="question">The question as typed.</param>
    /// <returns>The predicted id (null for a refusal) and the score behind it.</returns>
    FaqPrediction Predict(string question);
}

/// <summary>A prediction: an entry id or null (refused), with the matcher's score.</summary>
/// <param name="Id">The predicted entry id, or null when the matcher refuses.</param>
/// <param name="Score">The matcher's score (a calibrated confidence for <see cref="FaqIndexPredictor"/>).</param>
public readonly record struct FaqPrediction(string? Id, double Score);

/// <summary>Adapts <see cref="FaqIndex"/>: it predicts only when confident, and its score is the confidence.</summary>
/// <param name="index">The index to evaluate.</param>
public sealed class FaqIndexPredictor(FaqIndex index) : IFaqPredictor
{
    /// <inheritdoc />
    public FaqPrediction Predict(string question)
    {
        var answer = index.Answer(question);
        return new FaqPrediction(answer.Best?.Id, answer.Confidence);
    }
}
