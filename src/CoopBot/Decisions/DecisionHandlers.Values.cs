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

/// <summary>One creation form: the command that opens it, the kind it creates and its Dutch wording.</summary>
internal sealed record DecisionForm(string Command, string KindId, string Heading, string TitleLabel, string TitlePlaceholder);

/// <summary>The creation forms as data; which inputs a form shows follows from its kind (fixed options, amount, pass rule).</summary>
internal static class DecisionForms
{
    public static readonly DecisionForm Proposal = new(
        DecisionCommands.StartProposal, "voorstel", DecisionTexts.ProposalHeading, DecisionTexts.ProposalTitleLabel, DecisionTexts.ProposalTitlePlaceholder);

    public static readonly DecisionForm Poll = new(
        DecisionCommands.StartPoll, "stemming", DecisionTexts.PollHeading, DecisionTexts.PollTitleLabel, DecisionTexts.PollTitlePlaceholder);

    public static readonly DecisionForm Statement = new(
        DecisionCommands.StartStatement, "stelling", DecisionTexts.StatementFormHeading, DecisionTexts.StatementTitleLabel, DecisionTexts.StatementTitlePlaceholder);

    public static IReadOnlyList<DecisionForm> All { get; } = [Proposal, Poll, Statement];

    public static DecisionForm? Find(string? command) => All.FirstOrDefault(f => string.Equals(f.Command, command, StringComparison.Ordinal));
}

/// <summary>Data of a creation form (Action.Execute merges the inputs into it; every value arrives as text).</summary>
internal sealed record CreatePollData(
    string? Form,
    string? SteeringGroupId,
    string? Title,
    string? Description,
    string? Options,
    string? ClosesDate,
    string? ClosesTime)
{
    public string? Anonymous { get; init; }

    public string? ResultsVisibility { get; init; }

    public string? ReasonMode { get; init; }

    public string? Quorum { get; init; }

    public string? PassRule { get; init; }

    public string? Amount { get; init; }

    public string? Attachments { get; init; }

    public string? OptionalOption { get; init; }

    public string? MultipleChoice { get; init; }

    public string? MinChoices { get; init; }

    public string? MaxChoices { get; init; }

    /// <summary>Financiële verbintenis or bestelling, for a proposal with an amount (escalation feature).</summary>
    public string? CommitmentKind { get; init; }

    /// <summary>"true" marks the proposal vertrouwelijk (NDA).</summary>
    public string? Confidential { get; init; }

    /// <summary>"true" once the creator saw the parsed amount on the confirmation step.</summary>
    public string? Confirmed { get; init; }

    /// <summary>"true" when the chair acknowledged that the amount exceeds the deelbegroting.</summary>
    public string? BudgetAcknowledged { get; init; }

    public string? Audience { get; init; }
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
