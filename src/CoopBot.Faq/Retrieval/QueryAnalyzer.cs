using CoopBot.Faq.Text;

namespace CoopBot.Faq.Retrieval;

/// <summary>
/// Maps the content words of a question onto the knowledge-base vocabulary: exact stems first, then Dutch
/// compounds split into known parts, then typo correction within one or two edits. Words that map nowhere
/// stay unknown: they lower both the BM25 bound ratio and the coverage that guards against off-topic questions.
/// </summary>
internal sealed class QueryAnalyzer(TermStatistics statistics, FaqIndexOptions options)
{
    private const int MinimumFuzzyLength = 5;
    private const int LongWordLength = 8;

    /// <summary>
    /// Analyses the content words; returns the terms and the coverage: the share of the topical words' weight
    /// (IDF, floored so that frequent domain words count; interrogatives excluded) that the knowledge base knows.
    /// </summary>
    public double Analyze(List<string> words, List<QueryTerm> terms)
    {
        double covered = 0, total = 0;
        foreach (var word in words)
        {
            var (wordCovered, wordTotal) = AddTerms(word, terms);
            if (!Interrogatives.Contains(word))
            {
                // An interrogative asks how, not about what: it ranks, but is no evidence that the topic is ours.
                covered += wordCovered;
                total += wordTotal;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>Adds the terms of one word and returns its (covered, total) coverage weight.</summary>
    private (double Covered, double Total) AddTerms(string word, List<QueryTerm> terms)
    {
        var stem = TextAnalyzer.Stem(word);
        var known = statistics.Contains(stem);
        var coverage = (0.0, 0.0);
        if (known)
        {
            var exact = new QueryTerm(stem, statistics.Idf(stem), 1, TermMatch.Exact);
            terms.Add(exact);
            coverage = Coverage(exact);
        }

        if ((!known || word.Length >= Decompounder.MinimumKnownLength)
            && Decompounder.TrySplit(word, statistics.Contains, out var head, out var tail))
        {
            // A known compound also matches its parts (as the index does); an unknown one is carried by them.
            var weight = known ? 0.5 : 1;
            var first = new QueryTerm(head, statistics.Idf(head), weight, TermMatch.Compound);
            var second = new QueryTerm(tail, statistics.Idf(tail), weight, TermMatch.Compound);
            terms.Add(first);
            terms.Add(second);
            return known ? coverage : Add(Coverage(first), Coverage(second));
        }

        if (known)
        {
            return coverage;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            return coverage; // an unknown amount: its "bedrag" hint already carries the meaning
        }

        if (TryCorrect(stem, out var corrected, out var distance)
            || (word.StartsWith("ge", StringComparison.Ordinal) && word.Length > 6
                && TryCorrect(TextAnalyzer.Stem(word[2..]), out corrected, out distance)))
        {
            // Typos, and past participles whose ge- prefix hides the stem (gecommuniceerd → communiceert).
            var weight = distance <= 1 ? options.FuzzyWeight : options.FuzzyWeight * options.FuzzyWeight;
            var fuzzy = new QueryTerm(corrected, statistics.Idf(corrected), weight, TermMatch.Fuzzy);
            terms.Add(fuzzy);
            return Coverage(fuzzy);
        }

        var unknown = new QueryTerm(stem, statistics.UnknownIdf, 0, TermMatch.Unknown);
        terms.Add(unknown);
        return Coverage(unknown);
    }

    /// <summary>Frequent knowledge-base words (stuurgroep) are the most on-topic, so coverage floors their IDF.</summary>
    private (double Covered, double Total) Coverage(QueryTerm term)
    {
        var weight = Math.Max(term.Idf, statistics.CoverageFloor);
        return (term.Weight * weight, weight);
    }

    private static (double Covered, double Total) Add((double Covered, double Total) a, (double Covered, double Total) b) =>
        (a.Covered + b.Covered, a.Total + b.Total);

    private bool TryCorrect(string stem, out string corrected, out int distance)
    {
        corrected = string.Empty;
        distance = int.MaxValue;
        if (stem.Length < MinimumFuzzyLength)
        {
            return false;
        }

        if (statistics.Contains(stem))
        {
            corrected = stem;
            distance = 0;
            return true;
        }

        var limit = stem.Length >= LongWordLength ? 2 : 1;
        for (var length = stem.Length - limit; length <= stem.Length + limit; length++)
        {
            foreach (var candidate in statistics.TermsOfLength(length))
            {
                var d = EditDistance.Within(stem, candidate, Math.Min(limit, distance - 1));
                if (d < distance && d <= limit)
                {
                    distance = d;
                    corrected = candidate;
                }
            }
        }

        return distance <= limit;
    }
}
