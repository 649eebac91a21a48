namespace CoopBot.Faq.Text;

/// <summary>
/// A short English stop word list: English questions are matched against English phrasings and the
/// synonym table, so function words must not count as evidence.
/// </summary>
internal static class EnglishStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "what", "who", "whom",
        "how", "there", "this", "that", "these", "those", "of", "for", "to", "in", "on", "at", "by",
        "with", "about", "and", "or", "i", "me", "my", "we", "our", "us", "you", "your", "it", "its", "can",
        "could", "should", "would", "will", "have", "has", "had", "if", "so", "any", "some", "from", "as",
        "into", "get", "also", "please", "hi", "hello", "exactly", "yet", "already", "am", "they", "their",
        "where", "more", "too", "everything", "all", "someone", "somebody", "anyone", "anybody", "one", "need", "want", "tell", "know",
    };

    /// <summary>True when <paramref name="word"/> (normalised) is an English stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
