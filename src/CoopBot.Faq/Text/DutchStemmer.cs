namespace CoopBot.Faq.Text;

/// <summary>
/// The Snowball Dutch stemmer (the classic "dutch" algorithm from snowballstem.org), implemented from the
/// published description: prelude (accent removal, I/Y marking), R1/R2 with R1 of at least 3 letters,
/// steps 1 (heden, en/ene, s/se), 2 (e), 3a (heid), 3b (end/ing, ig, lijk, baar, bar), 4 (undouble vowel).
/// </summary>
/// <remarks>Input is expected in lower case. The instance is stateless and thread-safe.</remarks>
public static class DutchStemmer
{
    /// <summary>Returns the Snowball Dutch stem of a lower-case word.</summary>
    /// <param name="word">A single lower-case word.</param>
    /// <returns>The stem; the word itself when no rule applies.</returns>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var stemmer = new DutchStemmerState(buffer);
        stemmer.Run();
        var result = buffer[..stemmer.Length];
        return result.SequenceEqual(word) ? word : new string(result);
    }
}
