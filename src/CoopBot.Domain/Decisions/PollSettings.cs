namespace CoopBot.Domain.Decisions;

/// <summary>Who sees the running results.</summary>
public enum ResultsVisibility
{
    Always,
    AfterVote,
    AfterClose,
}

/// <summary>Whether a voter gives a reason with the vote.</summary>
public enum ReasonMode
{
    Off,
    Optional,
    Required,
}

/// <summary>How the outcome of a proposal is decided.</summary>
public enum PassRule
{
    /// <summary>More voor than tegen among cast votes; abstentions not counted.</summary>
    SimpleMajority,

    /// <summary>At least two thirds of the cast voor/tegen votes are voor.</summary>
    TwoThirdsMajority,

    /// <summary>More than half of all eligible voters voted voor.</summary>
    MajorityOfEligible,
}

/// <summary>Who may vote.</summary>
public enum Audience
{
    /// <summary>The current members of one stuurgroep (personal seats, no proxy).</summary>
    SteeringGroup,

    /// <summary>All coöperanten of the stuurgroep's services, one ballot per organisation.</summary>
    Cooperants,
}

/// <summary>The settings chosen when a decision is created. <see cref="IncludeOptionalOption"/> adds the kind's optional option (bezwaar, geen van deze).</summary>
public sealed record PollSettings(
    bool Anonymous,
    ResultsVisibility ResultsVisibility,
    ReasonMode ReasonMode,
    int QuorumPercent,
    PassRule PassRule,
    Audience Audience,
    int MinChoices,
    int MaxChoices,
    bool IncludeOptionalOption = false)
{
    /// <summary>Defaults for a single-choice stemming in a stuurgroep channel.</summary>
    public static PollSettings Default { get; } = new(
        Anonymous: false,
        ResultsVisibility: ResultsVisibility.Always,
        ReasonMode: ReasonMode.Off,
        QuorumPercent: 0,
        PassRule: PassRule.SimpleMajority,
        Audience: Audience.SteeringGroup,
        MinChoices: 1,
        MaxChoices: 1);
}
