using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Domain.Escalation;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Escalation;

/// <summary>Builds the escalation cards and the status section on the decision card. User text is always literal.</summary>
internal static partial class EscalationCards
{
    /// <summary>
    /// The confirmation step of a proposal with an amount: the amount as understood ("€ 85.000,00 excl. btw"), its tier and
    /// the deelbegroting. The vote opens only from here; an overrun needs the chair's explicit acknowledgement.
    /// </summary>
    public static AdaptiveCard Preview(SteeringGroup group, CreatePollData data, ProposalPreview preview, bool confidential, string? error = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(EscalationTexts.PreviewHeading),
            new TextBlock(CardText.Literal(group.Name)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(CardText.Literal(data.Title ?? string.Empty)) { Weight = TextWeight.Bolder });
        if (error is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(error)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        var facts = new FactSet(
            new Fact(EscalationTexts.AmountLabel, preview.Amount.ToStringExclVat()),
            new Fact(EscalationTexts.KindLabel, EscalationNames.DisplayName(preview.Kind)),
            new Fact(EscalationTexts.ConfirmationLabel, EscalationNames.DisplayName(preview.Tier)),
            new Fact(EscalationTexts.ConfidentialLabel, confidential ? EscalationTexts.Yes : EscalationTexts.No));
        facts.Facts.Add(preview.Budget.Budget is { } budget
            ? new Fact(EscalationTexts.SubBudgetYearLabel(preview.Year), EscalationTexts.SubBudgetValue($"{budget.Amount}", $"{preview.Budget.Remaining}"))
            : new Fact(EscalationTexts.SubBudgetYearLabel(preview.Year), EscalationTexts.BudgetNotSet));
        card.AddBody(facts, new TextBlock(EscalationTexts.OpensAfterConfirmation(preview.Tier)) { IsSubtle = true });

        var confirmed = data with { Confirmed = "true", BudgetAcknowledged = null };
        if (preview.Check is { Exceeds: true } check)
        {
            card.AddBody(
                new TextBlock(EscalationTexts.Overrun(check.Shortfall.ToStringExclVat()))
                {
                    Color = TextColor.Warning,
                    Weight = TextWeight.Bolder,
                },
                new InputToggle("budgetAcknowledged", EscalationTexts.AcknowledgeOverrun) { ValueOn = "true", ValueOff = "false", Value = "false", Wrap = true });
        }

        return card.AddActions(
            new ActionExecute { Title = EscalationTexts.OpenVoteButton, Verb = DecisionVerbs.Create, Data = confirmed, Style = ActionStyle.Positive },
            new ActionExecute { Title = EscalationTexts.EditButton, Verb = EscalationVerbs.Edit, Data = data with { Confirmed = null, BudgetAcknowledged = null } });
    }

    /// <summary>The escalation block on the stuurgroep's decision card: always the current status (seed 002: confirmation beforehand).</summary>
    public static DecisionStatusSection Section(EscalationRecord record, TimeZoneInfo zone)
    {
        var state = record.State;
        var facts = new List<(string, string)>
        {
            (EscalationTexts.KindLabel, EscalationNames.DisplayName(state.Kind)),
            (EscalationTexts.ConfirmationLabel, EscalationNames.DisplayName(state.Tier)),
            (EscalationTexts.StatusLabel, EscalationNames.Describe(state)),
        };
        facts.AddRange(BodyLines(record, zone));
        if (record.Budget is { } budget)
        {
            facts.Add((EscalationTexts.SubBudgetLabel, EscalationTexts.BudgetLine(budget, record.Year)
                + (budget.AcknowledgedAt is { } at ? EscalationTexts.AcknowledgedOn(DutchFormat.DateTime(at, zone)) : string.Empty)));
        }

        facts.Add((EscalationTexts.ExecutionLabel, EscalationTexts.RecordsOnly));
        return new DecisionStatusSection(EscalationTexts.SectionTitle, facts);
    }

    /// <summary>One line per required body: who confirmed or refused, and when; or that it still waits.</summary>
    private static IEnumerable<(string, string)> BodyLines(EscalationRecord record, TimeZoneInfo zone)
    {
        if (record.State.Required.Count == 0 || record.State.Status is EscalationStatus.Concept or EscalationStatus.Stemming or EscalationStatus.Verworpen)
        {
            yield break;
        }

        foreach (var body in record.State.Required.Order())
        {
            var decision = record.BodyDecisions.LastOrDefault(d => d.Body == body);
            var line = decision is null
                ? record.State.Status == EscalationStatus.GoedgekeurdWachtOpBevestiging ? EscalationTexts.WaitingForConfirmation : EscalationTexts.NoLongerNeeded
                : EscalationTexts.BodyDecisionLine(decision, DutchFormat.DateTime(decision.At, zone));
            yield return (EscalationTexts.Capitalise(EscalationNames.ShortName(body)), line);
        }
    }
}
