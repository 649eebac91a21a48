namespace CoopBot.Domain.Decisions;

/// <summary>One answer a voter can choose. The id is stable and is what ballots store.</summary>
public sealed record PollOption(string Id, string Label);
