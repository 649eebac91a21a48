using System.Collections.Frozen;

namespace CoopBot.Faq.Retrieval;

/// <summary>
/// Document frequencies over the entries (a term counts once per entry, whichever field it is in) and the
/// BM25 inverse document frequency derived from them. Also indexes the terms by length for fuzzy lookups.
/// </summary>
internal sealed class TermStatistics
{
    private readonly FrozenDictionary<string, int> _documentFrequency;
    private readonly string[][] _termsByLength;

    public TermStatistics(IReadOnlyList<IEnumerable<string>> documents)
    {
        DocumentCount = documents.Count;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Distinct(StringComparer.Ordinal))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        _documentFrequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        var maxLength = frequency.Count == 0 ? 0 : frequency.Keys.Max(t => t.Length);
        _termsByLength = new string[maxLength + 1][];
        for (var length = 0; length <= maxLength; length++)
        {
            _termsByLength[length] = frequency.Keys.Where(t => t.Length == length)
                .OrderByDescending(t => frequency[t]).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        }
    }

    public int DocumentCount { get; }

    /// <summary>
    /// The IDF an unknown word gets: that of a word in a single entry. The formal value for document frequency 0
    /// would rank every everyday word a user types above the knowledge base's most specific terms.
    /// </summary>
    public double UnknownIdf => Idf(1);

    /// <summary>The smallest weight a known word has in the coverage (see <see cref="QueryAnalyzer"/>).</summary>
    public double CoverageFloor => Idf(Math.Max(1, DocumentCount / 4));

    public bool Contains(string term) => _documentFrequency.ContainsKey(term);

    public double Idf(string term) => Idf(_documentFrequency.GetValueOrDefault(term));

    /// <summary>Known terms of exactly <paramref name="length"/> characters, most frequent first.</summary>
    public ReadOnlySpan<string> TermsOfLength(int length) =>
        length >= 0 && length < _termsByLength.Length ? _termsByLength[length] : [];

    private double Idf(int documentFrequency) =>
        Math.Log(1 + ((DocumentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
