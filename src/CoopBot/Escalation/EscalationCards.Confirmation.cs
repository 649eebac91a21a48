using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>
/// Everything a confirmation card needs for one viewer: the proposal, its escalation, the body the card is for, the body's
/// members (they get a per-user view with the buttons), and whether this viewer may see confidential details.
/// </summary>
internal sealed record ConfirmationView(
    DecisionSummary Poll,
    string SteeringGroupName,
    EscalationRecord Escalation,
    ConfirmingBody Body,
    IReadOnlyList<string> MemberTeamsIds,
    bool ViewerIsMember,
    TimeZoneInfo TimeZone)
{
    /// <summary>Confidential details only reach the body's members, in their own refreshed view.</summary>
    public bool ShowDetails => !Escalation.Confidential || ViewerIsMember;
}

internal static partial class EscalationCards
{
    /// <summary>
    /// The request in the body's conversation. Everyone there sees who confirmed so far; the buttons are on the card, but
    /// only members of the body (registry) can use them: the server re-checks membership on every click.
    /// </summary>
    public static AdaptiveCard Confirmation(ConfirmationView view, string? notice = null, bool noticeIsError = false)
    {
        var poll = view.Poll;
        var state = view.Escalation.State;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(EscalationTexts.ConfirmationKind(EscalationNames.ShortName(view.Body))) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Literal(view.SteeringGroupName)) { IsSubtle = true, Spacing = Spacing.None });
        if (notice is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(notice)) { Color = noticeIsError ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        var facts = new FactSet(new Fact(EscalationTexts.StatusLabel, CardText.Literal(EscalationNames.Describe(view.ShowDetails ? state : Coarse(state)))));
        if (view.ShowDetails)
        {
            facts.Facts.Add(new Fact(EscalationTexts.AmountLabel, state.Amount.ToStringExclVat()));
            facts.Facts.Add(new Fact(EscalationTexts.KindLabel, EscalationNames.DisplayName(state.Kind)));
            facts.Facts.Add(new Fact(EscalationTexts.ConfirmationLabel, EscalationNames.DisplayName(state.Tier)));
        }

        foreach (var (label, value) in BodyLines(view.Escalation, view.TimeZone))
        {
            facts.Facts.Add(Fact.Literal(label, value));
        }

        card.AddBody(facts);
        if (view.ShowDetails && poll.Definition.Description.Length > 0)
        {
            card.AddBody(TextBlock.Literal(poll.Definition.Description));
        }

        if (!view.ShowDetails)
        {
            card.AddBody(new TextBlock(EscalationTexts.ConfidentialForBody(EscalationNames.WithArticle(view.Body))) { IsSubtle = true });
        }

        card.AddBody(new TextBlock(EscalationTexts.FourEyes) { IsSubtle = true, Size = TextSize.Small });
        card.AddBody(new TextBlock(EscalationTexts.RecordsOnly) { IsSubtle = true, Size = TextSize.Small });
        if (view.ShowDetails && state.Status == EscalationStatus.GoedgekeurdWachtOpBevestiging && !state.Confirmed.Contains(view.Body))
        {
            AddButtons(card, view);
        }

        var refresh = new ActionExecute { Verb = EscalationVerbs.View, Data = new BodyActionData(poll.Id, view.Body.ToString()) };
        return card with { Refresh = new Refresh(refresh, view.MemberTeamsIds.Take(Refresh.MaxUserIds)) };
    }

    /// <summary>The one reminder to the body when the confirmation waits longer than the configured number of days.</summary>
    public static AdaptiveCard Reminder(ConfirmationView view, int days)
    {
        var card = Confirmation(view);
        card.Body.Insert(0, new TextBlock(EscalationTexts.ReminderLine(days)) { Weight = TextWeight.Bolder, Color = TextColor.Warning });
        return card;
    }

    /// <summary>The notice to the community manager: which proposal waits for which bodies, without confidential details.</summary>
    public static AdaptiveCard CommunityManagerNotice(DecisionSummary poll, string steeringGroupName, EscalationRecord escalation, int days, TimeZoneInfo zone)
    {
        var state = escalation.Confidential ? Coarse(escalation.State) : escalation.State;
        var facts = new FactSet(
            Fact.Literal(EscalationTexts.SteeringGroupLabel, steeringGroupName),
            Fact.Literal(EscalationTexts.StatusLabel, EscalationNames.Describe(state)),
            new Fact(EscalationTexts.WaitingSinceLabel, escalation.State.PendingSince is { } since ? DutchFormat.DateTime(since, zone) : EscalationTexts.Unknown));
        if (!escalation.Confidential)
        {
            facts.Facts.Add(new Fact(EscalationTexts.AmountLabel, escalation.State.Amount.ToStringExclVat()));
        }

        return new AdaptiveCard().AddBody(
            new TextBlock(EscalationTexts.OverdueHeading) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new TextBlock(EscalationTexts.Overdue(days)) { Wrap = true },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Weight = TextWeight.Bolder },
            facts);
    }

    private static void AddButtons(AdaptiveCard card, ConfirmationView view)
    {
        var data = new BodyActionData(view.Poll.Id, view.Body.ToString());
        card.AddActions(
            new ActionExecute { Title = EscalationTexts.ConfirmOnBehalf(EscalationNames.ShortName(view.Body)), Verb = EscalationVerbs.Confirm, Data = data, Style = ActionStyle.Positive },
            new ActionShowCard(
                EscalationTexts.RefuseButton,
                new AdaptiveCard()
                    .AddBody(new InputText("reason") { Label = EscalationTexts.RefuseReasonLabel, IsMultiline = true, IsRequired = true, ErrorMessage = EscalationTexts.ReasonRequired, MaxLength = 500 })
                    .AddActions(new ActionExecute { Title = EscalationTexts.RefuseSubmitButton, Verb = EscalationVerbs.Refuse, Data = data, Style = ActionStyle.Destructive })));
    }

    // Without the details: the status without amount-dependent bodies and without the refusal reason.
    private static EscalationState Coarse(EscalationState state) => state with { RefusalReason = null, RefusedBy = null };
}
