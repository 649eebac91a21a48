using CoopBot.Faq.Text;

namespace CoopBot.Faq.Retrieval;

/// <summary>
/// Splits a Dutch compound into a known head and tail, allowing the linking s (stuurgroep|s|samenstelling).
/// Used on both sides: knowledge-base compounds also index their parts, and a question's compounds are split
/// the same way, so "stuurgroepsamenstelling" and "samenstelling van de stuurgroep" meet.
/// </summary>
internal static class Decompounder
{
    /// <summary>Unknown question words shorter than this are not split.</summary>
    public const int MinimumLength = 8;

    /// <summary>Known words (in the knowledge base, or typed as such) are split only from this length on.</summary>
    public const int MinimumKnownLength = 12;

    /// <summary>Particles that derive words rather than compound them (samenstelling is no "samen" + "stelling").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "samen", "terug", "mede", "weder", "verder", "binnen", "buiten", "achter",
    };

    private const int MinimumHead = 4;
    private const int MinimumTail = 4;

    /// <summary>Splits <paramref name="word"/> into stems that <paramref name="isKnown"/> accepts; the longest head wins.</summary>
    public static bool TrySplit(string word, Func<string, bool> isKnown, out string head, out string tail)
    {
        head = tail = string.Empty;
        if (word.Length < MinimumLength || !word.All(char.IsAsciiLetter))
        {
            return false;
        }

        for (var split = word.Length - MinimumTail; split >= MinimumHead; split--)
        {
            var tailWord = word[split..];
            if (DutchStopwords.Contains(tailWord))
            {
                continue;
            }

            var tailStem = TextAnalyzer.Stem(tailWord);
            if (!isKnown(tailStem))
            {
                continue;
            }

            var headStem = KnownHead(word[..split], isKnown);
            if (headStem is not null)
            {
                head = headStem;
                tail = tailStem;
                return true;
            }
        }

        return false;
    }

    private static string? KnownHead(string headWord, Func<string, bool> isKnown)
    {
        if (DutchStopwords.Contains(headWord) || Particles.Contains(headWord))
        {
            return null;
        }

        var stem = TextAnalyzer.Stem(headWord);
        if (isKnown(stem))
        {
            return stem;
        }

        if (headWord.Length > MinimumHead && headWord[^1] == 's')
        {
            var unlinked = TextAnalyzer.Stem(headWord[..^1]);
            return isKnown(unlinked) ? unlinked : null;
        }

        return null;
    }
}
