using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Cards;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

internal static partial class MeetingCards
{
    public const int FeedbackMaxLength = 1000;

    /// <summary>The agenda or verslag for all afnemers, built only from redacted content, with a feedback box.</summary>
    public static AdaptiveCard Public(PublicMeetingContent content, bool isMinutes, TimeZoneInfo zone, string? notice = null)
    {
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(isMinutes ? MeetingTexts.PublicMinutesKind : MeetingTexts.PublicAgendaKind) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(content.SteeringGroupName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Literal(content.Title)) { Spacing = Spacing.None },
            new FactSet(
                new Fact(MeetingTexts.WhenLabel, When(new SlotCandidate("s", content.StartsAt, content.Duration, true, null), zone)),
                Fact.Literal(MeetingTexts.WhereLabel, content.Where)));
        if (notice is not null)
        {
            card.AddBody(Notice(notice, isError: false));
        }

        foreach (var item in content.Items)
        {
            card.AddBody(PublicLine(item, isMinutes));
        }

        if (isMinutes && content.Present.Count > 0)
        {
            card.AddBody(new TextBlock(CardText.Literal(MeetingTexts.PresentPrefix + string.Join(", ", content.Present))) { IsSubtle = true, Separator = true });
        }

        card.AddBody(new TextBlock(MeetingTexts.FeedbackWelcome) { Separator = true });
        return card
            .AddBody(new InputText("feedback") { Label = MeetingTexts.FeedbackLabel, IsMultiline = true, MaxLength = FeedbackMaxLength, IsRequired = true, ErrorMessage = MeetingTexts.FeedbackRequired })
            .AddActions(new ActionExecute { Title = MeetingTexts.SendFeedbackButton, Verb = MeetingVerbs.Feedback, Data = new { meetingId = content.MeetingId } });
    }

    private static Container PublicLine(PublicItem item, bool isMinutes)
    {
        var p = item.Item;
        if (p.IsRedacted)
        {
            return new Container(new TextBlock($"{p.Number}. {MeetingTexts.ConfidentialMarker}") { IsSubtle = true, Separator = true });
        }

        var line = new Container(
            new TextBlock($"{p.Number}. {CardText.Literal(p.Title)}") { Weight = TextWeight.Bolder, Separator = true },
            new TextBlock(MeetingTexts.ItemDetails(CardText.Literal(item.Presenter ?? string.Empty), item.Minutes)
                + (p.Amount is { } amount ? $" · {CardText.Literal(amount.ToStringExclVat())}" : string.Empty)) { IsSubtle = true, Spacing = Spacing.None });
        if (isMinutes && !string.IsNullOrEmpty(p.Text))
        {
            line.Items.Add(TextBlock.Literal(p.Text));
        }

        if (Links(MeetingTexts.DecisionsLabel, item.DecisionTitles) is { } links)
        {
            line.Items.Add(links);
        }

        return line;
    }

    /// <summary>The full agenda or verslag for the stuurgroep channel, confidential points included and marked.</summary>
    /// <summary>The full agenda or verslag for the stuurgroep; <paramref name="draft"/> shows the verslag awaiting approval.</summary>
    public static AdaptiveCard Full(MeetingView view, bool isMinutes, bool draft = false)
    {
        var meeting = view.Meeting;
        var shown = draft ? meeting.DraftMinutes : meeting.Minutes;
        var heading = draft ? MeetingTexts.DraftMinutesKind : isMinutes ? MeetingTexts.FullMinutesKind : MeetingTexts.FullAgendaKind;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(heading) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(meeting.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(new Fact(MeetingTexts.WhenLabel, When(meeting.Slot!, view.TimeZone)), Fact.Literal(MeetingTexts.WhereLabel, Where(meeting.Slot!))));
        foreach (var item in meeting.Agenda)
        {
            card.AddBody(AgendaLine(item, view));
            if ((isMinutes || draft) && shown is { } minutes)
            {
                if (minutes.TextByItem.GetValueOrDefault(item.Number) is { Length: > 0 } text)
                {
                    card.AddBody(TextBlock.Literal(text));
                }

                if (Links(MeetingTexts.DecisionsLabel, (minutes.DecisionsByItem.GetValueOrDefault(item.Number) ?? []).Select(id => view.DecisionTitles.GetValueOrDefault(id) ?? id)) is { } links)
                {
                    card.AddBody(links);
                }
            }
        }

        if ((isMinutes || draft) && shown is { } published)
        {
            var present = view.Members.Where(m => published.PresentIds.Contains(m.Id, StringComparer.OrdinalIgnoreCase)).Select(m => m.Name).ToList();
            card.AddBody(new TextBlock(CardText.Literal(MeetingTexts.Present(present.Count, view.Members.Count, string.Join(", ", present)))) { Separator = true });
        }

        return card;
    }

    /// <summary>The verslag form for the chair: a short text and linked decisions per point, and who attended.</summary>
    public static AdaptiveCard MinutesForm(MeetingView view, string? error = null)
    {
        var meeting = view.Meeting;
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(MeetingTexts.MinutesFormHeading),
            new TextBlock(CardText.Literal($"{meeting.Title} · {When(meeting.Slot!, view.TimeZone)}")) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(MeetingTexts.MinutesFormNote) { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(Notice(error, isError: true));
        }

        // A refused verslag comes back as the chair filled it in; otherwise the points' linked proposals are preselected.
        var draft = view.MinutesDraft;
        var recent = DecisionLinkChoices.Recent(view.DecisionChoices);
        foreach (var item in meeting.Agenda)
        {
            var linked = draft is null ? string.Join(',', item.DecisionIds) : draft.DecisionsByItem.GetValueOrDefault(item.Number);
            card.AddBody(
                new TextBlock($"{item.Number}. {CardText.Literal(item.Title)}{(item.IsConfidential ? MeetingTexts.ConfidentialNote : string.Empty)}") { Weight = TextWeight.Bolder, Separator = true },
                new InputText($"text{item.Number}") { Label = MeetingTexts.ShortMinutesLabel, IsMultiline = true, MaxLength = AgendaRules.MinutesTextMaxLength, Value = draft?.TextByItem.GetValueOrDefault(item.Number) },
                DecisionPicker($"decisions{item.Number}", recent, linked, MeetingTexts.LinkedDecisionsLabel, MeetingTexts.LinkedDecisionsPlaceholder, MeetingTexts.NoDecisions));
        }

        var present = draft is not null
            ? string.Join(',', draft.PresentIds)
            : string.Join(',', view.Rsvps.Where(r => r.Value.Answer == Rsvp.Aanwezig).Select(r => r.Key));
        card.AddBody(new InputChoiceSet("present", view.Members.Select(m => new Choice(m.Name, m.Id)))
        {
            Label = MeetingTexts.PresentLabel,
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = present.Length == 0 ? null : present,
        });
        return card.AddActions(
            new ActionExecute { Title = MeetingTexts.PublishButton, Verb = MeetingVerbs.Publish, Data = new { meetingId = meeting.Id }, Style = ActionStyle.Positive },
            new ActionExecute { Title = MeetingTexts.ApproveFirstButton, Verb = MeetingVerbs.SubmitForApproval, Data = new { meetingId = meeting.Id } });
    }
}
