namespace CoopBot.Faq.Text;

/// <summary>
/// Character trigrams of words padded with a space on both sides, as sorted unique integer codes.
/// They make compounds (stuurgroepsamenstelling vs stuurgroep samenstelling) and typos (voorziter) similar.
/// </summary>
internal static class CharNGrams
{
    /// <summary>Computes the sorted unique trigram codes of <paramref name="words"/>.</summary>
    public static int[] Trigrams(IReadOnlyList<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += word.Length;
        }

        var codes = new int[count + words.Count * 2];
        var length = Fill(words, codes);
        return codes.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// Writes the sorted unique trigram codes of <paramref name="words"/> into <paramref name="destination"/>
    /// (which needs room for the total word length plus two per word) and returns how many were written.
    /// </summary>
    public static int Fill(IReadOnlyList<string> words, Span<int> destination)
    {
        var length = 0;
        foreach (var word in words)
        {
            var previous2 = Code(' ');
            var previous1 = Code(word[0]);
            for (var i = 1; i <= word.Length; i++)
            {
                var current = i < word.Length ? Code(word[i]) : Code(' ');
                destination[length++] = (previous2 << 12) | (previous1 << 6) | current;
                previous2 = previous1;
                previous1 = current;
            }
        }

        var codes = destination[..length];
        codes.Sort();
        return Unique(codes);
    }

    /// <summary>Dice similarity 2|A∩B| / (|A|+|B|) of two sorted unique code sets.</summary>
    public static double Dice(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }

    private static int Code(char c) => c switch
    {
        ' ' => 0,
        >= 'a' and <= 'z' => c - 'a' + 1,
        >= '0' and <= '9' => c - '0' + 27,
        _ => 63,
    };

    private static int Unique(Span<int> sorted)
    {
        if (sorted.IsEmpty)
        {
            return 0;
        }

        var write = 1;
        for (var read = 1; read < sorted.Length; read++)
        {
            if (sorted[read] != sorted[write - 1])
            {
                sorted[write++] = sorted[read];
            }
        }

        return write;
    }
}
