using CoopBot.Faq.Text;

namespace CoopBot.Faq.Retrieval;

/// <summary>
/// Maps the content words of a question onto the knowledge-base vocabulary: exact stems first, then Dutch
/// compounds split into known parts, then typo correction within one or two edits. Words that map nowhere
/// stay unknown: they lower both the BM25 bound ratio and the coverage that guards against off-topic questions.
/// </summary>
internal sealed class QueryAnalyzer(TermStatistics statistics, FaqIndexOptions options)
{
    private const int MinimumCompoundLength = 7;
    private const int MinimumHeadLength = 4;
    private const int MinimumTailLength = 3;
    private const int MinimumFuzzyLength = 5;
    private const int LongWordLength = 8;

    /// <summary>
    /// Analyses the content words; returns the terms and the coverage: the share of the IDF mass of the
    /// topical words (interrogatives excluded) that the knowledge base knows.
    /// </summary>
    public double Analyze(List<string> words, List<QueryTerm> terms)
    {
        double covered = 0, total = 0;
        foreach (var word in words)
        {
            var start = terms.Count;
            AddTerms(word, terms);
            if (Interrogatives.Contains(word))
            {
                continue; // asks how, not about what: it ranks, but it is no evidence that the topic is ours
            }

            for (var i = start; i < terms.Count; i++)
            {
                var term = terms[i];
                total += term.Idf;
                covered += term.Weight * term.Idf;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    private void AddTerms(string word, List<QueryTerm> terms)
    {
        var stem = TextAnalyzer.Stem(word);
        if (statistics.Contains(stem))
        {
            terms.Add(new QueryTerm(stem, statistics.Idf(stem), 1, TermMatch.Exact));
            return;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            return; // an unknown amount: its "bedrag" hint already carries the meaning
        }

        if (TrySplitCompound(word, out var head, out var tail))
        {
            terms.Add(new QueryTerm(head, statistics.Idf(head), 1, TermMatch.Compound));
            terms.Add(new QueryTerm(tail, statistics.Idf(tail), 1, TermMatch.Compound));
            return;
        }

        if (TryCorrect(stem, out var corrected, out var distance))
        {
            var weight = distance == 1 ? options.FuzzyWeight : options.FuzzyWeight * options.FuzzyWeight;
            terms.Add(new QueryTerm(corrected, statistics.Idf(corrected), weight, TermMatch.Fuzzy));
            return;
        }

        terms.Add(new QueryTerm(stem, statistics.UnknownIdf, 0, TermMatch.Unknown));
    }

    /// <summary>Splits a compound into a known head and tail, allowing the linking s (stuurgroep|s|samenstelling).</summary>
    private bool TrySplitCompound(string word, out string head, out string tail)
    {
        head = tail = string.Empty;
        if (word.Length < MinimumCompoundLength)
        {
            return false;
        }

        for (var split = word.Length - MinimumTailLength; split >= MinimumHeadLength; split--)
        {
            var tailWord = word[split..];
            if (DutchStopwords.Contains(tailWord))
            {
                continue;
            }

            var tailStem = TextAnalyzer.Stem(tailWord);
            if (!statistics.Contains(tailStem))
            {
                continue;
            }

            var headStem = KnownHead(word[..split]);
            if (headStem is not null)
            {
                head = headStem;
                tail = tailStem;
                return true;
            }
        }

        return false;
    }

    private string? KnownHead(string headWord)
    {
        var stem = TextAnalyzer.Stem(headWord);
        if (statistics.Contains(stem))
        {
            return stem;
        }

        if (headWord.Length > MinimumHeadLength && headWord[^1] == 's')
        {
            var unlinked = TextAnalyzer.Stem(headWord[..^1]);
            return statistics.Contains(unlinked) ? unlinked : null;
        }

        return null;
    }

    private bool TryCorrect(string stem, out string corrected, out int distance)
    {
        corrected = string.Empty;
        distance = int.MaxValue;
        if (stem.Length < MinimumFuzzyLength)
        {
            return false;
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
