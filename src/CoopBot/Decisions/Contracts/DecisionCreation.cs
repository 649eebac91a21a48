using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Decisions.Contracts;

/// <summary>A new decision as the creation form describes it; the service validates every field with the domain.</summary>
public sealed record CreatePollRequest(
    string SteeringGroupId,
    Actor Creator,
    string KindId,
    string? Title,
    string? Description,
    IReadOnlyList<string?> OptionLabels,
    DateTimeOffset? ClosesAt,
    string ActivityKey)
{
    public PollSettings Settings { get; init; } = PollSettings.Default;

    /// <summary>The amount as typed (Flemish notation, € excl. VAT); parsed by the domain's AmountParser.</summary>
    public string? AmountText { get; init; }

    /// <summary>Attachment links as typed, one per line.</summary>
    public string? AttachmentsText { get; init; }

    /// <summary>A poll id chosen by a creation gate (so it can record its own rows first); otherwise a new one.</summary>
    public string? PollId { get; init; }

    /// <summary>Confidential (NDA) decision; set by the confidentiality gate from the form.</summary>
    public bool Confidential { get; init; }
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

/// <summary>
/// Creating a decision from another feature's flow (a verslag to approve, a submission taken up): the service validates
/// every field with the domain; the card then goes to the stuurgroep channel as a new thread.
/// </summary>
internal interface IDecisionCreator
{
    Task<Result<DecisionSummary>> CreateAsync(CreatePollRequest request, CancellationToken ct);

    /// <summary>Posts the decision card as a new thread in the turn's channel (else in the current conversation) and records where.</summary>
    Task PostCardAsync(TurnContext turn, string pollId, CancellationToken ct);
}

/// <summary>
/// The creation form of the decisions feature, for the features that offer it elsewhere (a meeting chat, the message
/// extension's dialog) or send the creator back to it (the amount confirmation step).
/// </summary>
internal interface IDecisionForms
{
    /// <summary>The default closing date of a new decision of this form (the kind's default duration from today, in <see cref="IDecisionLookup.TimeZone"/>).</summary>
    DateOnly DefaultDate(DecisionForm form);

    /// <summary>
    /// The submitted form through the creation flow: gates, the service, the posted card. <c>Created</c> is null when
    /// the answer is a card to continue with (the form with an error, a confirmation step); <c>Card</c> is null when the
    /// data names no stuurgroep or form.
    /// </summary>
    Task<(DecisionSummary? Created, AdaptiveCard? Card)> SubmitAsync(TurnContext turn, CreatePollData data, CancellationToken ct);
}

/// <summary>The creation form card (a card part other features send or show in a dialog).</summary>
internal static class DecisionFormCards
{
    public static AdaptiveCard Create(
        DecisionForm form, string steeringGroupId, string steeringGroupName, DateOnly closesDate, string? error = null, CreatePollData? previous = null) =>
        DecisionCards.CreateForm(form, steeringGroupId, steeringGroupName, closesDate, error, previous);
}

/// <summary>Sentences of the decisions feature that other features show where they offer its flows.</summary>
internal static class DecisionSentences
{
    /// <summary>Only the chair, the product manager or the community manager may start a decision.</summary>
    public static Rejection OnlyManagersMayCreate => DecisionTexts.OnlyManagersMayCreate;

    public static Rejection NotInSteeringGroupChannel => DecisionTexts.NotInSteeringGroupChannel;

    public static Rejection PollNotFound => DecisionTexts.PollNotFound;
}
