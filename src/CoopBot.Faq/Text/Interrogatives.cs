namespace CoopBot.Faq.Text;

/// <summary>
/// Question words that survive stop-word removal (wanneer, waarom, hoeveel, ...). They help ranking, since
/// "wanneer" and "hoe" questions differ, but they say nothing about the topic, so coverage ignores them.
/// </summary>
internal static class Interrogatives
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "wanneer", "waarom", "waar", "waarover", "waarmee", "hoeveel", "hoelang", "welke", "welk", "vanaf",
    };

    /// <summary>True when <paramref name="word"/> (normalised, after synonyms) is a question word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
