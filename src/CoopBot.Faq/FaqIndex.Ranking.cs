using System.Buffers;
using CoopBot.Faq.Retrieval;
using CoopBot.Faq.Text;

namespace CoopBot.Faq;

public sealed partial class FaqIndex
{
    private const int StackLimit = 256;

    /// <summary>How the words of <paramref name="question"/> map onto the vocabulary (for diagnostics and tests).</summary>
    internal (List<QueryTerm> Terms, double Coverage) AnalyzeQuery(string question)
    {
        var terms = new List<QueryTerm>();
        var coverage = _analyzer.Analyze(TextAnalyzer.ContentWords(question), terms);
        return (terms, coverage);
    }

    /// <summary>Ranks all entries for <paramref name="question"/> and keeps the best three.</summary>
    internal Ranking Rank(string question)
    {
        var words = TextAnalyzer.ContentWords(question);
        var terms = new List<QueryTerm>(words.Count + 2);
        var coverage = _analyzer.Analyze(words, terms);
        var count = _entries.Length;
        Span<double> bm25 = count <= StackLimit ? stackalloc double[count] : new double[count];
        Span<double> ngram = count <= StackLimit ? stackalloc double[count] : new double[count];
        bm25.Clear();
        ngram.Clear();

        var bound = AccumulateBm25(terms, bm25);
        AccumulateNGrams(words, ngram);

        var ranking = new Ranking(coverage);
        for (var e = 0; e < count; e++)
        {
            var lexical = bound > 0 ? bm25[e] / bound : 0;
            ranking.Offer(e, ((1 - Options.NGramWeight) * lexical) + (Options.NGramWeight * ngram[e]));
        }

        return ranking;
    }

    /// <summary>
    /// The facet of entry <paramref name="entry"/> whose question or phrasings resemble <paramref name="question"/> more
    /// (character trigrams) than the entry's own question and phrasings do; null when none does.
    /// </summary>
    private FaqFacet? BestFacet(int entry, string question)
    {
        if (_entries[entry].Facets.Count == 0)
        {
            return null;
        }

        var words = TextAnalyzer.ContentWords(question);
        var query = CharNGrams.Trigrams(words);
        var (bestFacet, bestSimilarity) = (-1, 0.0);
        for (var p = 0; p < _passageTrigrams.Length; p++)
        {
            if (_passageEntry[p] != entry)
            {
                continue;
            }

            var similarity = CharNGrams.Dice(query, _passageTrigrams[p]);
            if (similarity > bestSimilarity)
            {
                (bestFacet, bestSimilarity) = (_passageFacet[p], similarity);
            }
        }

        return bestFacet >= 0 ? _entries[entry].Facets[bestFacet] : null;
    }

    /// <summary>Adds each entry's BM25 score and returns the score an ideal entry would reach (for normalising).</summary>
    private double AccumulateBm25(List<QueryTerm> terms, Span<double> scores)
    {
        var bound = 0.0;
        foreach (var term in terms)
        {
            bound += _questionField.UpperBound(term.Idf) + _answerField.UpperBound(term.Idf * Options.AnswerFieldWeight);
            if (term.Weight > 0)
            {
                var weight = term.Weight * term.Idf;
                _questionField.Accumulate(term.Term, weight, scores);
                _answerField.Accumulate(term.Term, weight * Options.AnswerFieldWeight, scores);
            }
        }

        return bound;
    }

    /// <summary>Sets each entry's n-gram score to the best Dice similarity over its question and phrasings.</summary>
    private void AccumulateNGrams(List<string> words, Span<double> scores)
    {
        if (words.Count == 0)
        {
            return;
        }

        var size = 0;
        foreach (var word in words)
        {
            size += word.Length + 2;
        }

        int[]? rented = null;
        var buffer = size <= StackLimit ? stackalloc int[size] : (rented = ArrayPool<int>.Shared.Rent(size));
        try
        {
            var query = buffer[..CharNGrams.Fill(words, buffer)];
            for (var p = 0; p < _passageTrigrams.Length; p++)
            {
                var similarity = CharNGrams.Dice(query, _passageTrigrams[p]);
                ref var best = ref scores[_passageEntry[p]];
                best = Math.Max(best, similarity);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }
}
