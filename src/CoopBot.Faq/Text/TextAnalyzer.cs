namespace CoopBot.Faq.Text;

/// <summary>
/// The shared analysis chain for knowledge-base text and questions: normalise → canonical numbers →
/// synonyms → stop words out → (caller) stem. Keeping one chain for both sides is what makes matches fair.
/// </summary>
internal static class TextAnalyzer
{
    /// <summary>The extra term emitted for an amount, so "100.000 euro" finds the threshold entry.</summary>
    public const string AmountHint = "bedrag";

    /// <summary>Returns the content words of <paramref name="text"/> (normalised, unstemmed).</summary>
    public static List<string> ContentWords(string text)
    {
        var normalized = DutchNormalizer.Normalize(text);
        var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = NumberTokens.Canonicalize(tokens[i]);
        }

        var words = new List<string>(tokens.Length + 2);
        var i2 = 0;
        while (i2 < tokens.Length)
        {
            i2 += AppendSynonymOrToken(tokens, i2, words);
        }

        AddSeparableVerbs(tokens, words);
        return words;
    }

    /// <summary>Returns the stems of the content words of <paramref name="text"/>.</summary>
    public static List<string> Terms(string text)
    {
        var words = ContentWords(text);
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = Stem(words[i]);
        }

        return words;
    }

    /// <summary>
    /// The Snowball stem with a final double consonant reduced (voorstell → voorstel): Snowball only undoubles
    /// kk, dd and tt, which would keep "voorstel" and "voorstellen" apart.
    /// </summary>
    public static string Stem(string word)
    {
        var stem = DutchStemmer.Stem(word);
        return stem.Length > 3 && stem[^1] == stem[^2] && char.IsAsciiLetter(stem[^1]) && stem[^1] is not ('a' or 'e' or 'i' or 'o' or 'u')
            ? stem[..^1]
            : stem;
    }

    private static int AppendSynonymOrToken(string[] tokens, int start, List<string> words)
    {
        for (var length = Math.Min(Synonyms.MaxPhraseLength, tokens.Length - start); length >= 1; length--)
        {
            var phrase = length == 1 ? tokens[start] : string.Join(' ', tokens, start, length);
            if (Synonyms.TryGet(phrase, out var replacement))
            {
                words.AddRange(replacement);
                return length;
            }
        }

        var token = tokens[start];
        if (IsContentWord(token))
        {
            words.Add(token);
            if (NumberTokens.IsAmount(token))
            {
                words.Add(AmountHint);
            }
        }

        return 1;
    }

    private static bool IsContentWord(string token) =>
        (token.Length > 1 || char.IsAsciiDigit(token[0]))
        && !DutchStopwords.Contains(token) && !EnglishStopwords.Contains(token);

    /// <summary>
    /// Dutch separable verbs split their particle off: "wie zit de stuurgroep voor?" asks for the chair
    /// (voorzitten) although "voor" alone is a stop word. Only a sentence-final particle counts.
    /// </summary>
    private static void AddSeparableVerbs(string[] tokens, List<string> words)
    {
        if (tokens.Length > 1 && tokens[^1] == "voor"
            && Array.FindIndex(tokens, t => t is "zit" or "zitten" or "zat") >= 0)
        {
            words.Add("voorzitter");
        }
    }
}
