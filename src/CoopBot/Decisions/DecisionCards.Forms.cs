using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Registry.Contracts;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Decisions;

/// <summary>The values of the settings choice sets, both ways (card choice value ↔ domain setting).</summary>
internal static class SettingChoices
{
    public static readonly IReadOnlyList<(string Value, string Title, ResultsVisibility Setting)> Visibility =
    [
        ("altijd", DecisionTexts.VisibilityAlways, ResultsVisibility.Always),
        ("na-stem", DecisionTexts.VisibilityAfterVote, ResultsVisibility.AfterVote),
        ("na-sluiten", DecisionTexts.VisibilityAfterClose, ResultsVisibility.AfterClose),
    ];

    public static readonly IReadOnlyList<(string Value, string Title, ReasonMode Setting)> Reason =
    [
        ("uit", DecisionTexts.ReasonOff, ReasonMode.Off),
        ("optioneel", DecisionTexts.ReasonOptional, ReasonMode.Optional),
        ("verplicht", DecisionTexts.ReasonRequired, ReasonMode.Required),
    ];

    public static readonly IReadOnlyList<(string Value, string Title, PassRule Setting)> PassRules =
    [
        ("meerderheid", DecisionTexts.PassRuleSimpleMajority, PassRule.SimpleMajority),
        ("twee-derde", DecisionTexts.PassRuleTwoThirds, PassRule.TwoThirdsMajority),
        ("meerderheid-stemgerechtigden", DecisionTexts.PassRuleMajorityOfEligible, PassRule.MajorityOfEligible),
    ];

    public static readonly IReadOnlyList<(string Value, string Title, Audience Setting)> Audiences =
    [
        ("stuurgroep", DecisionTexts.AudienceSteeringGroup, Audience.SteeringGroup),
        ("cooperanten", DecisionTexts.AudienceCooperants, Audience.Cooperants),
    ];

    /// <summary>The setting for a submitted value; an empty value is the default, an unknown one is refused (null).</summary>
    public static T? Parse<T>(IReadOnlyList<(string Value, string Title, T Setting)> table, string? value)
        where T : struct =>
        string.IsNullOrEmpty(value) ? table[0].Setting : table.Where(r => r.Value == value).Select(r => (T?)r.Setting).FirstOrDefault();
}

internal static partial class DecisionCards
{
    public static AdaptiveCard CreateForm(DecisionForm form, string steeringGroupId, string steeringGroupName, DateOnly defaultDate, string? error = null, CreatePollData? previous = null)
    {
        var kind = PollKinds.Find(form.KindId)!;
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(form.Heading),
            new TextBlock(CardText.Literal(steeringGroupName)) { IsSubtle = true, Spacing = Spacing.None });
        if (error is not null)
        {
            card.AddBody(Notice(error, TextColor.Attention));
        }

        card.AddBody(
            new InputText("title")
            {
                Label = form.TitleLabel,
                Placeholder = form.TitlePlaceholder,
                MaxLength = PollLimits.TitleMaxLength,
                IsRequired = true,
                ErrorMessage = DecisionTexts.Required,
                Value = previous?.Title,
            },
            new InputText("description") { Label = DecisionTexts.DescriptionLabel, IsMultiline = true, MaxLength = PollLimits.DescriptionMaxLength, Value = previous?.Description });
        if (kind.FixedOptions is null)
        {
            AddOptionInputs(card, previous);
        }

        if (kind.AllowsAmount)
        {
            card.AddBody(
                new InputText("amount") { Label = DecisionTexts.AmountLabel, Placeholder = DecisionTexts.AmountPlaceholder, Value = previous?.Amount },
                new InputText("attachments") { Label = DecisionTexts.AttachmentsLabel, IsMultiline = true, Placeholder = DecisionTexts.AttachmentsPlaceholder, Value = previous?.Attachments });
            ProposalFormInputs.Add(card, previous);
        }

        if (kind.OptionalOption is { } optional)
        {
            card.AddBody(new InputToggle("optionalOption", DecisionTexts.AddOptionalOption(optional.Label)) { ValueOn = "true", ValueOff = "false", Value = previous?.OptionalOption ?? "false" });
        }

        AddSettingInputs(card, kind, previous);
        return card
            .AddBody(
                new InputDate("closesDate") { Label = DecisionTexts.ClosesDateLabel, Value = defaultDate, IsRequired = true, ErrorMessage = DecisionTexts.ChooseDate },
                new InputTime("closesTime") { Label = DecisionTexts.ClosesTimeLabel, Value = new TimeOnly(17, 0), IsRequired = true, ErrorMessage = DecisionTexts.ChooseTime })
            .AddActions(new ActionExecute
            {
                Title = DecisionTexts.StartButton,
                Verb = DecisionVerbs.Create,
                Data = new { form = form.Command, steeringGroupId },
                Style = ActionStyle.Positive,
            });
    }

    private static void AddOptionInputs(AdaptiveCard card, CreatePollData? previous) => card.AddBody(
        new InputText("options")
        {
            Label = DecisionTexts.OptionsLabel(PollLimits.MinOptions, PollLimits.MaxOptions),
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = DecisionTexts.OptionsRequired,
            Value = previous?.Options,
        },
        new InputToggle("multipleChoice", DecisionTexts.MultipleChoiceLabel) { ValueOn = "true", ValueOff = "false", Value = previous?.MultipleChoice ?? "false" },
        new InputNumber("minChoices") { Label = DecisionTexts.MinChoicesLabel, Min = 1, Max = PollLimits.MaxOptions, Value = 1 },
        new InputNumber("maxChoices") { Label = DecisionTexts.MaxChoicesLabel, Min = 1, Max = PollLimits.MaxOptions, Value = 2 });

    private static void AddSettingInputs(AdaptiveCard card, PollKind kind, CreatePollData? previous)
    {
        if (kind.HasPassRule)
        {
            card.AddBody(ChoiceInput("passRule", DecisionTexts.PassRuleLabel, SettingChoices.PassRules.Select(r => (r.Value, r.Title)), previous?.PassRule));
        }

        card.AddBody(
            ChoiceInput("audience", DecisionTexts.AudienceLabel, SettingChoices.Audiences.Select(r => (r.Value, r.Title)), previous?.Audience),
            new InputNumber("quorum") { Label = DecisionTexts.QuorumLabel, Min = 0, Max = 100, Value = 0 },
            ChoiceInput("resultsVisibility", DecisionTexts.ResultsVisibilityLabel, SettingChoices.Visibility.Select(r => (r.Value, r.Title)), previous?.ResultsVisibility),
            ChoiceInput("reasonMode", DecisionTexts.ReasonModeLabel, SettingChoices.Reason.Select(r => (r.Value, r.Title)), previous?.ReasonMode),
            new InputToggle("anonymous", DecisionTexts.AnonymousLabel)
            {
                ValueOn = "true",
                ValueOff = "false",
                Value = previous?.Anonymous ?? "false",
            });
    }

    private static InputChoiceSet ChoiceInput(string id, string label, IEnumerable<(string Value, string Title)> choices, string? value)
    {
        var list = choices.ToList();
        return new InputChoiceSet(id, list.Select(c => new Choice(c.Title, c.Value))) { Label = label, Style = ChoiceInputStyle.Compact, Value = value ?? list[0].Value };
    }

    public static AdaptiveCard Created(PollRecord poll, TimeZoneInfo zone) => new AdaptiveCard().AddBody(
        new TextBlock(DecisionTexts.Started(poll.Definition.Kind)) { Weight = TextWeight.Bolder },
        TextBlock.Literal(poll.Definition.Title),
        new TextBlock(DecisionTexts.PostedInChannel(poll.Definition.Kind, DutchFormat.DateTime(poll.State.ClosesAt, zone))) { IsSubtle = true });
}
