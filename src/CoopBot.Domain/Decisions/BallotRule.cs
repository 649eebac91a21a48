namespace CoopBot.Domain.Decisions;

/// <summary>The closed set of ways a ballot may choose options (Loomio's validates_ballot, failing closed).</summary>
public enum BallotRule
{
    /// <summary>Exactly one option.</summary>
    SingleChoice,

    /// <summary>Between the poll's minimum and maximum number of distinct options.</summary>
    MultipleChoice,
}
