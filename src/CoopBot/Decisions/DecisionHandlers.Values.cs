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
