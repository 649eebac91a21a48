namespace CoopBot.Domain.Decisions;

/// <summary>
/// Whole percentages for display. Shares of one whole (each ballot counts once) are rounded with the largest-remainder
/// method so that they add up to exactly 100: 1 and 2 of 3 show as 33 % and 67 %, never 33 % and 66 %.
/// </summary>
public static class Percentages
{
    /// <summary>
    /// The share of each count in their sum, in whole percent, summing to 100 when the sum is positive (all 0 otherwise).
    /// Each share is first rounded down; the points still missing go to the largest remainders, ties to the earlier entry.
    /// </summary>
    public static IReadOnlyList<int> OfWhole(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), "Counts cannot be negative.");
        }

        var total = counts.Sum(c => (long)c);
        var shares = new int[counts.Count];
        if (total == 0)
        {
            return shares;
        }

        var remainders = new long[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            shares[i] = (int)(counts[i] * 100L / total);
            remainders[i] = counts[i] * 100L % total;
        }

        var missing = 100 - shares.Sum();
        foreach (var i in Enumerable.Range(0, counts.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(missing))
        {
            shares[i]++;
        }

        return shares;
    }

    /// <summary>
    /// Each count as a share of <paramref name="whole"/>, rounded half up, for counts that overlap (a multiple-choice
    /// ballot counts for several options, so these shares need not add up to 100).
    /// </summary>
    public static IReadOnlyList<int> OfEach(IReadOnlyList<int> counts, int whole)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Select(c => whole <= 0 ? 0 : (int)(((c * 200L) + whole) / (2L * whole))).ToList();
    }
}
