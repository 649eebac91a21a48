using CoopBot.Faq.Retrieval;
using CoopBot.Faq.Text;

namespace CoopBot.Faq.Evaluation;

/// <summary>
/// The comparison baseline: a plain lunr-style keyword search. One BM25 field over question, phrasings and
/// answer; normalised, Dutch stop words out, the same Snowball Dutch stemmer; no synonyms, no n-grams, no
/// compound or typo handling, no confidence. It always returns the top hit (null only when nothing matches).
/// </summary>
public sealed class LunrBaseline : IFaqPredictor
{
    private readonly FaqEntry[] _entries;
    private readonly TermStatistics _statistics;
    private readonly Bm25Field _field;

    /// <summary>Indexes <paramref name="knowledgeBase"/> with lunr's defaults (k1 = 1.2, b = 0.75).</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    public LunrBaseline(FaqKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _entries = [.. knowledgeBase.Entries];
        var documents = _entries
            .Select(e => (IReadOnlyList<string>)Terms(string.Join(' ', e.AllQuestions().Append(e.Answer))))
            .ToList();
        _statistics = new TermStatistics(documents);
        _field = new Bm25Field(documents, 1.2, 0.75);
    }

    /// <inheritdoc />
    public FaqPrediction Predict(string question)
    {
        var scores = new double[_entries.Length];
        foreach (var term in Terms(question))
        {
            _field.Accumulate(term, _statistics.Idf(term), scores);
        }

        var best = 0;
        for (var e = 1; e < scores.Length; e++)
        {
            best = scores[e] > scores[best] ? e : best;
        }

        return scores.Length == 0 || scores[best] <= 0
            ? new FaqPrediction(null, 0)
            : new FaqPrediction(_entries[best].Id, scores[best]);
    }

    private static List<string> Terms(string text) =>
        DutchNormalizer.Normalize(text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !DutchStopwords.Contains(t))
            .Select(DutchStemmer.Stem)
            .ToList();
}
