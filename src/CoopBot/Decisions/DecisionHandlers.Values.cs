namespace CoopBot.Decisions;

/// <summary>Verbs of the decision cards. Card data is never trusted: every id is re-checked server-side.</summary>
internal static class DecisionVerbs
{
    public const string Create = "decisions.create";
    public const string Vote = "decisions.vote";
    public const string Refresh = "decisions.refresh";
    public const string Close = "decisions.close";
}

/// <summary>Text commands of the decisions feature.</summary>
internal static class DecisionCommands
{
    public const string StartPoll = "stemming";
}

/// <summary>Data of the creation form (Action.Execute merges the inputs into it).</summary>
internal sealed record CreatePollData(
    string? SteeringGroupId,
    string? Title,
    string? Option1,
    string? Option2,
    string? Option3,
    string? Option4,
    string? Option5,
    string? Option6,
    string? Option7,
    string? Option8,
    string? Option9,
    string? Option10,
    string? ClosesDate,
    string? ClosesTime)
{
    public IReadOnlyList<string?> Options => [Option1, Option2, Option3, Option4, Option5, Option6, Option7, Option8, Option9, Option10];
}

/// <summary>Data of the vote, refresh and close actions on a decision card.</summary>
internal sealed record PollActionData(string? PollId, string? Choice, string? Reason);
