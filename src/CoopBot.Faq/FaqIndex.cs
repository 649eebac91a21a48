using CoopBot.Faq.Retrieval;
using CoopBot.Faq.Text;

namespace CoopBot.Faq;

/// <summary>
/// The retrieval index over a <see cref="FaqKnowledgeBase"/>. Immutable once built and safe to share between
/// threads: <see cref="Answer"/> only reads it. Ranking combines BM25 (question and phrasings, answer) with
/// character-trigram similarity to the question and phrasings; a calibrated confidence decides whether to answer.
/// </summary>
public sealed partial class FaqIndex
{
    private readonly FaqEntry[] _entries;
    private readonly TermStatistics _statistics;
    private readonly Bm25Field _questionField;
    private readonly Bm25Field _answerField;
    private readonly int[][] _passageTrigrams;
    private readonly int[] _passageEntry;
    private readonly int[] _passageFacet;
    private readonly QueryAnalyzer _analyzer;

    private FaqIndex(FaqKnowledgeBase knowledgeBase, FaqIndexOptions options)
    {
        KnowledgeBase = knowledgeBase;
        Options = options;
        _entries = [.. knowledgeBase.Entries];

        var questionWords = new List<List<string>>(_entries.Length);
        var answerWords = new List<List<string>>(_entries.Length);
        var passages = new List<int[]>();
        var passageEntry = new List<int>();
        var passageFacet = new List<int>();
        for (var e = 0; e < _entries.Length; e++)
        {
            var words = new List<string>();
            foreach (var (passage, facet) in Passages(_entries[e]))
            {
                var passageWords = TextAnalyzer.ContentWords(passage);
                words.AddRange(passageWords);
                if (passageWords.Count > 0)
                {
                    passages.Add(CharNGrams.Trigrams(passageWords));
                    passageEntry.Add(e);
                    passageFacet.Add(facet);
                }
            }

            questionWords.Add(words);
            answerWords.Add(TextAnalyzer.ContentWords(_entries[e].Answer));
        }

        var stems = questionWords.Concat(answerWords).SelectMany(w => w).Select(TextAnalyzer.Stem).ToHashSet(StringComparer.Ordinal);
        var questionTerms = questionWords.Select(w => (IReadOnlyList<string>)IndexTerms(w, stems)).ToList();
        var answerTerms = answerWords.Select(w => (IReadOnlyList<string>)IndexTerms(w, stems)).ToList();
        _statistics = new TermStatistics([.. questionTerms.Zip(answerTerms, (q, a) => q.Concat(a))]);
        _questionField = new Bm25Field(questionTerms, options.K1, options.B);
        _answerField = new Bm25Field(answerTerms, options.K1, options.B);
        _passageTrigrams = [.. passages];
        _passageEntry = [.. passageEntry];
        _passageFacet = [.. passageFacet];
        _analyzer = new QueryAnalyzer(_statistics, options);
    }

    /// <summary>The question and phrasings of an entry (facet −1), then each facet's question and phrasings (facet index).</summary>
    private static IEnumerable<(string Text, int Facet)> Passages(FaqEntry entry) =>
        entry.Phrasings.Prepend(entry.Question).Select(p => (p, -1))
            .Concat(entry.Facets.SelectMany((f, i) => f.Phrasings.Prepend(f.Question).Select(p => (p, i))));

    /// <summary>Stems of the words, plus the parts of long compounds (as <see cref="QueryAnalyzer"/> splits them).</summary>
    private static List<string> IndexTerms(List<string> words, HashSet<string> stems)
    {
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            terms.Add(TextAnalyzer.Stem(word));
            if (word.Length >= Decompounder.MinimumKnownLength && Decompounder.TrySplit(word, stems.Contains, out var head, out var tail))
            {
                terms.Add(head);
                terms.Add(tail);
            }
        }

        return terms;
    }

    /// <summary>The knowledge base this index was built from.</summary>
    public FaqKnowledgeBase KnowledgeBase { get; }

    /// <summary>The options the index uses.</summary>
    public FaqIndexOptions Options { get; }

    /// <summary>Builds an index with the calibrated <see cref="FaqIndexOptions.Default"/>.</summary>
    /// <param name="knowledgeBase">The loaded knowledge base.</param>
    public static FaqIndex Build(FaqKnowledgeBase knowledgeBase) => Build(knowledgeBase, FaqIndexOptions.Default);

    /// <summary>Builds an index with explicit options (used for calibration and experiments).</summary>
    /// <param name="knowledgeBase">The loaded knowledge base.</param>
    /// <param name="options">Ranking and confidence options.</param>
    public static FaqIndex Build(FaqKnowledgeBase knowledgeBase, FaqIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(options);
        return new FaqIndex(knowledgeBase, options);
    }

    /// <summary>
    /// Answers a question: the best entry when confident, otherwise the three closest entries to offer as
    /// buttons, or an out-of-scope verdict when the question is not about the knowledge base at all.
    /// </summary>
    /// <param name="question">The user's question, Dutch or English, as typed.</param>
    public FaqAnswer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (LocalQuestions.Detect(question) is { } local)
        {
            return new FaqAnswer(question, false, null, 0, [], true) { Refusal = local };
        }

        var ranking = Rank(question);
        if (ranking.IsOutOfScope(Options))
        {
            return new FaqAnswer(question, false, null, 0, [], true) { Refusal = FaqRefusal.OffTopic };
        }

        var closest = new FaqSuggestion[ranking.Count];
        for (var i = 0; i < ranking.Count; i++)
        {
            closest[i] = new FaqSuggestion(_entries[ranking.Entry(i)], ranking.Confidence(i, Options));
        }

        var confident = closest[0].Confidence >= Options.ConfidenceThreshold;
        return new FaqAnswer(question, confident, confident ? closest[0].Entry : null, closest[0].Confidence, closest, false)
        {
            Facet = confident ? BestFacet(ranking.Entry(0), question) : null,
        };
    }
}
