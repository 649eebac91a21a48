namespace CoopBot.Decisions;

/// <summary>Verbs of the decision cards. Card data is never trusted: every id is re-checked server-side.</summary>
internal static class DecisionVerbs
{
    public const string Create = "decisions.create";
    public const string Vote = "decisions.vote";
    public const string Refresh = "decisions.refresh";
    public const string Close = "decisions.close";
    public const string Extend = "decisions.extend";
    public const string Reopen = "decisions.reopen";
    public const string Remind = "decisions.remind";
    public const string Comment = "decisions.comment";
    public const string Outcome = "decisions.outcome";
    public const string Proxy = "decisions.proxy";
}

/// <summary>Text commands of the decisions feature.</summary>
internal static class DecisionCommands
{
    public const string StartProposal = "voorstel";
    public const string StartPoll = "stemming";
    public const string StartStatement = "stelling";
    public const string Register = "besluiten";
}

/// <summary>Data of the actions on a decision card: vote, refresh, close, extend, reopen, remind, comment, outcome.</summary>
internal sealed record PollActionData(string? PollId, string? Choice, string? Reason)
{
    public string? Comment { get; init; }

    public string? Statement { get; init; }

    public string? ClosesDate { get; init; }

    public string? ClosesTime { get; init; }

    public string? OnBehalfOf { get; init; }

    public string? ProxyPersonId { get; init; }
}
