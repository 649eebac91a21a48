using System.Collections.Frozen;

namespace CoopBot.Faq.Retrieval;

/// <summary>
/// One BM25 field (Robertson/Spärck Jones with k1 and b) over the entries: postings with term frequencies
/// and per-document length normalisation. The IDF is supplied by the caller so that several fields share it.
/// </summary>
internal sealed class Bm25Field
{
    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly double[] _lengthNorm;
    private readonly double _k1;

    public Bm25Field(IReadOnlyList<IReadOnlyList<string>> documents, double k1, double b)
    {
        _k1 = k1;
        var average = documents.Count == 0 ? 0 : documents.Average(d => d.Count);
        _lengthNorm = documents
            .Select(d => average == 0 ? k1 : k1 * (1 - b + (b * d.Count / average)))
            .ToArray();

        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var group in documents[doc].GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                {
                    postings[group.Key] = list = [];
                }

                list.Add(new Posting(doc, group.Count()));
            }
        }

        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The most a single query term can add: BM25's saturation limit (k1 + 1) times its weight.</summary>
    public double UpperBound(double weight) => weight * (_k1 + 1);

    /// <summary>Adds <paramref name="weight"/> × the BM25 term-frequency part of <paramref name="term"/> to each document's score.</summary>
    public void Accumulate(string term, double weight, Span<double> scores)
    {
        if (!_postings.TryGetValue(term, out var postings))
        {
            return;
        }

        foreach (var posting in postings)
        {
            var tf = posting.Frequency;
            scores[posting.Document] += weight * tf * (_k1 + 1) / (tf + _lengthNorm[posting.Document]);
        }
    }

    private readonly record struct Posting(int Document, int Frequency);
}
