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
        ("altijd", "Altijd", ResultsVisibility.Always),
        ("na-stem", "Na je stem", ResultsVisibility.AfterVote),
        ("na-sluiten", "Na het sluiten", ResultsVisibility.AfterClose),
    ];

    public static readonly IReadOnlyList<(string Value, string Title, ReasonMode Setting)> Reason =
    [
        ("uit", "Geen toelichting", ReasonMode.Off),
        ("optioneel", "Toelichting optioneel", ReasonMode.Optional),
        ("verplicht", "Toelichting verplicht", ReasonMode.Required),
    ];

    public static readonly IReadOnlyList<(string Value, string Title, PassRule Setting)> PassRules =
    [
        ("meerderheid", "Meer voor dan tegen (onthoudingen tellen niet)", PassRule.SimpleMajority),
        ("twee-derde", "⅔ van de uitgebrachte stemmen voor", PassRule.TwoThirdsMajority),
        ("meerderheid-stemgerechtigden", "Meerderheid van alle stemgerechtigden", PassRule.MajorityOfEligible),
    ];

    public static readonly IReadOnlyList<(string Value, string Title, Audience Setting)> Audiences =
    [
        ("stuurgroep", "De leden van de stuurgroep", Audience.SteeringGroup),
        ("cooperanten", "Alle coöperanten (raadpleging: één stem per organisatie)", Audience.Cooperants),
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
                ErrorMessage = "Vul dit in.",
                Value = previous?.Title,
            },
            new InputText("description") { Label = "Toelichting (optioneel)", IsMultiline = true, MaxLength = PollLimits.DescriptionMaxLength, Value = previous?.Description });
        if (kind.FixedOptions is null)
        {
            AddOptionInputs(card, previous);
        }

        if (kind.AllowsAmount)
        {
            card.AddBody(
                new InputText("amount") { Label = "Bedrag in € excl. btw (optioneel)", Placeholder = "Bijvoorbeeld: 85.000", Value = previous?.Amount },
                new InputText("attachments") { Label = "Bijlagen (optioneel): per regel een titel en een link", IsMultiline = true, Placeholder = "Offerte leverancier A https://…", Value = previous?.Attachments });
            ProposalFormInputs.Add(card, previous);
        }

        if (kind.OptionalOption is { } optional)
        {
            card.AddBody(new InputToggle("optionalOption", $"Voeg “{optional.Label}” toe als antwoord") { ValueOn = "true", ValueOff = "false", Value = previous?.OptionalOption ?? "false" });
        }

        AddSettingInputs(card, kind, previous);
        return card
            .AddBody(
                new InputDate("closesDate") { Label = "Sluit op (datum)", Value = defaultDate, IsRequired = true, ErrorMessage = "Kies een datum." },
                new InputTime("closesTime") { Label = "Om (uur)", Value = new TimeOnly(17, 0), IsRequired = true, ErrorMessage = "Kies een uur." })
            .AddActions(new ActionExecute
            {
                Title = "Starten",
                Verb = DecisionVerbs.Create,
                Data = new { form = form.Command, steeringGroupId },
                Style = ActionStyle.Positive,
            });
    }

    private static void AddOptionInputs(AdaptiveCard card, CreatePollData? previous) => card.AddBody(
        new InputText("options")
        {
            Label = $"Antwoorden: één per regel ({PollLimits.MinOptions} tot {PollLimits.MaxOptions})",
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = "Geef minstens twee antwoorden op.",
            Value = previous?.Options,
        },
        new InputToggle("multipleChoice", "Meerdere keuzes toestaan") { ValueOn = "true", ValueOff = "false", Value = previous?.MultipleChoice ?? "false" },
        new InputNumber("minChoices") { Label = "Minimum aantal keuzes (bij meerdere keuzes)", Min = 1, Max = PollLimits.MaxOptions, Value = 1 },
        new InputNumber("maxChoices") { Label = "Maximum aantal keuzes (bij meerdere keuzes)", Min = 1, Max = PollLimits.MaxOptions, Value = 2 });

    private static void AddSettingInputs(AdaptiveCard card, PollKind kind, CreatePollData? previous)
    {
        if (kind.HasPassRule)
        {
            card.AddBody(ChoiceInput("passRule", "Beslisregel", SettingChoices.PassRules.Select(r => (r.Value, r.Title)), previous?.PassRule));
        }

        card.AddBody(
            ChoiceInput("audience", "Wie stemt", SettingChoices.Audiences.Select(r => (r.Value, r.Title)), previous?.Audience),
            new InputNumber("quorum") { Label = "Quorum: minimale deelname in % van de stemgerechtigden (0 = geen)", Min = 0, Max = 100, Value = 0 },
            ChoiceInput("resultsVisibility", "Resultaten zichtbaar", SettingChoices.Visibility.Select(r => (r.Value, r.Title)), previous?.ResultsVisibility),
            ChoiceInput("reasonMode", "Toelichting bij de stem (max. 500 tekens)", SettingChoices.Reason.Select(r => (r.Value, r.Title)), previous?.ReasonMode),
            new InputToggle("anonymous", "Anoniem stemmen (kan achteraf niet meer veranderen; een anonieme stemming kan niet heropend worden)")
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
        new TextBlock($"{poll.Definition.Kind.DisplayName} gestart") { Weight = TextWeight.Bolder },
        TextBlock.Literal(poll.Definition.Title),
        new TextBlock(DecisionTexts.PostedInChannel(poll.Definition.Kind, DutchFormat.DateTime(poll.State.ClosesAt, zone))) { IsSubtle = true });
}
