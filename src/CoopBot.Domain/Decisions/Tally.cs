namespace CoopBot.Domain.Decisions;

/// <summary>The outcome of a decision with a pass rule; polls and statements have none.</summary>
public enum DecisionOutcome
{
    NotApplicable,
    Passed,
    Rejected,
    NoQuorum,

    /// <summary>At least one bezwaar (blocking objection) was cast.</summary>
    Blocked,
}

/// <summary>Counts derived from ballots; never stored as the source of truth.</summary>
public sealed record TallyResult(
    IReadOnlyDictionary<string, int> Counts,
    int Voters,
    int Eligible,
    bool QuorumMet,
    DecisionOutcome Outcome)
{
    public int CountFor(string optionId) => Counts.TryGetValue(optionId, out var n) ? n : 0;

    /// <summary>Participation in whole percent, rounded down so 2 of 3 shows 66%.</summary>
    public int ParticipationPercent => Eligible == 0 ? 0 : Voters * 100 / Eligible;

    /// <summary>Options with the highest count (ties kept), empty when nobody voted.</summary>
    public IReadOnlyList<string> Leaders
    {
        get
        {
            var max = Counts.Values.DefaultIfEmpty(0).Max();
            return max == 0 ? [] : Counts.Where(c => c.Value == max).Select(c => c.Key).ToList();
        }
    }
}

/// <summary>Computes counts, quorum and the outcome from the current ballots.</summary>
public static class Tally
{
    public static TallyResult Compute(PollDefinition poll, IEnumerable<IReadOnlyList<string>> ballots, int eligibleVoters)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(ballots);
        var counts = poll.Options.ToDictionary(o => o.Id, _ => 0, StringComparer.Ordinal);
        var voters = 0;
        foreach (var ballot in ballots)
        {
            voters++;
            foreach (var id in ballot.Distinct(StringComparer.Ordinal))
            {
                if (counts.TryGetValue(id, out var n))
                {
                    counts[id] = n + 1;
                }
            }
        }

        var quorumMet = IsQuorumMet(poll.Settings.QuorumPercent, voters, eligibleVoters);
        var outcome = poll.Kind.HasPassRule ? Decide(poll, counts, eligibleVoters, quorumMet) : DecisionOutcome.NotApplicable;
        return new TallyResult(counts, voters, eligibleVoters, quorumMet, outcome);
    }

    /// <summary>Quorum: participation of at least the given percentage of eligible voters.</summary>
    public static bool IsQuorumMet(int quorumPercent, int voters, int eligible) =>
        quorumPercent <= 0 || (eligible > 0 && (long)voters * 100 >= (long)quorumPercent * eligible);

    private static DecisionOutcome Decide(PollDefinition poll, Dictionary<string, int> counts, int eligible, bool quorumMet)
    {
        if (!quorumMet)
        {
            return DecisionOutcome.NoQuorum;
        }

        int Count(OptionRole role) => poll.Options.Where(o => o.Role == role).Sum(o => counts.GetValueOrDefault(o.Id));
        if (Count(OptionRole.Block) > 0)
        {
            return DecisionOutcome.Blocked;
        }

        var voor = Count(OptionRole.For);
        var tegen = Count(OptionRole.Against);
        var passed = poll.Settings.PassRule switch
        {
            PassRule.SimpleMajority => voor > tegen,
            PassRule.TwoThirdsMajority => voor > 0 && 3L * voor >= 2L * (voor + tegen),
            PassRule.MajorityOfEligible => 2L * voor > eligible,
            _ => false,
        };
        return passed ? DecisionOutcome.Passed : DecisionOutcome.Rejected;
    }
}
