using CoopBot.Cards;
using CoopBot.Domain.Escalation;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Decisions;

/// <summary>
/// The proposal form's inputs for the <see cref="CreatePollData"/> fields that escalation and confidentiality read: the
/// kind of commitment and the confidential (NDA) mark. They only render decisions' own form fields and Domain names.
/// </summary>
internal static class ProposalFormInputs
{
    public static void Add(AdaptiveCard card, CreatePollData? previous) => card.AddBody(
        new InputChoiceSet("commitmentKind", Enum.GetValues<CommitmentKind>().Select(k => new Choice(EscalationNames.DisplayName(k), k.ToString())))
        {
            Label = DecisionTexts.CommitmentKindLabel,
            Style = ChoiceInputStyle.Compact,
            Value = previous?.CommitmentKind ?? nameof(CommitmentKind.FinancieleVerbintenis),
        },
        new InputToggle("confidential", DecisionTexts.ConfidentialLabel)
        {
            ValueOn = "true",
            ValueOff = "false",
            Value = previous?.Confidential ?? "false",
            Wrap = true,
        });
}
