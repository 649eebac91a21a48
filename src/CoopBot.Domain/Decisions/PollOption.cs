namespace CoopBot.Domain.Decisions;

/// <summary>What an option means to the tally and the ballot rules; free-text poll answers are plain choices.</summary>
public enum OptionRole
{
    Choice,
    For,
    Against,
    Abstain,

    /// <summary>A blocking objection (bezwaar): one of them stops a proposal, whatever the majority.</summary>
    Block,

    /// <summary>"Geen van deze": cannot be combined with another option.</summary>
    NoneOfThese,
}

/// <summary>One answer a voter can choose. The id is stable and is what ballots store.</summary>
public sealed record PollOption(string Id, string Label, OptionRole Role = OptionRole.Choice);
