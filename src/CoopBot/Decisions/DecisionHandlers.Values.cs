using System.Globalization;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;

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

// The actions on a decision card, one record per shape of data, each parsed and validated once in the route
// (BotRoutes): a handler gets only an action that names a decision. The wire shape is what cards post: the card's data
// { "pollId": "…" } with the card's inputs merged in (choice, reason, onBehalfOf, statement, closesDate, closesTime,
// comment, proxyPersonId). Text a person typed stays as typed; the service validates it and answers on the card.

/// <summary><c>decisions.vote</c>: the chosen option ids (comma-separated by a multi-select), the reason, and for a proxy holder the organisation.</summary>
internal sealed record VoteAction(string PollId, IReadOnlyList<string> Choices, string? Reason, string? OnBehalfOf)
{
    public static Result<VoteAction> Parse(CardActionData data) => PollAction.ForPoll(data, pollId => new VoteAction(
        pollId,
        (data.Text("choice") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        data.Text("reason"),
        data.Text("onBehalfOf")));
}

/// <summary><c>decisions.close</c> and <c>decisions.outcome</c>: the chair's explanation of the outcome (optional when closing).</summary>
internal sealed record StatementAction(string PollId, string? Statement)
{
    public static Result<StatementAction> Parse(CardActionData data) => PollAction.ForPoll(data, pollId => new StatementAction(pollId, data.Text("statement")));
}

/// <summary><c>decisions.extend</c> and <c>decisions.reopen</c>: the new closing time; null when the inputs are no valid date and time.</summary>
internal sealed record DeadlineAction(string PollId, LocalClosing? Closing)
{
    public static Result<DeadlineAction> Parse(CardActionData data) =>
        PollAction.ForPoll(data, pollId => new DeadlineAction(pollId, LocalClosing.Parse(data.Text("closesDate"), data.Text("closesTime"))));
}

/// <summary><c>decisions.comment</c>: the reaction to post in the thread.</summary>
internal sealed record CommentAction(string PollId, string? Comment)
{
    public static Result<CommentAction> Parse(CardActionData data) => PollAction.ForPoll(data, pollId => new CommentAction(pollId, data.Text("comment")));
}

/// <summary><c>decisions.proxy</c>: the representative who receives the organisation's ballot.</summary>
internal sealed record ProxyAction(string PollId, string? ProxyPersonId)
{
    public static Result<ProxyAction> Parse(CardActionData data) => PollAction.ForPoll(data, pollId => new ProxyAction(pollId, data.Text("proxyPersonId")));
}

/// <summary>A closing date and time as the form inputs give them (Brussels local time): <c>yyyy-MM-dd</c> and <c>HH:mm</c>.</summary>
internal readonly record struct LocalClosing(DateOnly Date, TimeOnly Time)
{
    public static LocalClosing? Parse(string? dateText, string? timeText) =>
        DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && TimeOnly.TryParseExact(timeText, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? new LocalClosing(date, time)
            : null;

    public DateTimeOffset ToUtc(TimeZoneInfo zone) => DutchFormat.ToUtc(Date, Time, zone);
}
