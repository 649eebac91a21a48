using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

internal static partial class MeetingCards
{
    /// <summary>The card in the channel thread: the time poll while it runs, afterwards the meeting itself.</summary>
    public static AdaptiveCard Shared(MeetingView view, string? notice = null, bool isError = false)
    {
        var meeting = view.Meeting;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(meeting.IsPolling ? MeetingTexts.KindTimePoll : MeetingTexts.KindMeeting) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(meeting.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Literal(view.SteeringGroupName)) { IsSubtle = true, Spacing = Spacing.None });
        if (notice is not null)
        {
            card.AddBody(Notice(notice, isError));
        }

        return meeting.IsPolling ? AddTimePoll(card, view) : AddMeeting(card, view);
    }

    private static AdaptiveCard AddMeeting(AdaptiveCard card, MeetingView view)
    {
        var meeting = view.Meeting;
        var slot = meeting.Slot!;
        var waiting = view.Members.Count(m => !view.Rsvps.ContainsKey(m.Id));
        card.AddBody(new FactSet(
            new Fact(MeetingTexts.WhenLabel, When(slot, view.TimeZone)),
            Fact.Literal(MeetingTexts.WhereLabel, Where(slot)),
            new Fact(MeetingTexts.StatusLabel, StatusName(meeting.Status)),
            new Fact(MeetingTexts.AttendanceLabel, MeetingTexts.Attendance(view.Count(Rsvp.Aanwezig), view.Count(Rsvp.Afwezig), waiting))));
        if (meeting.Event?.JoinUrl is { } join && meeting.Status == MeetingStatus.Gepland && Uri.TryCreate(join, UriKind.Absolute, out var joinUri))
        {
            card.AddActions(new ActionOpenUrl(MeetingTexts.JoinButton, joinUri));
        }

        AddAgenda(card, view);
        var data = new { meetingId = meeting.Id };
        if (meeting.Status == MeetingStatus.Gepland)
        {
            card.AddActions(
                new ActionExecute { Title = MeetingTexts.PresentButton, Verb = MeetingVerbs.Rsvp, Data = new { meetingId = meeting.Id, answer = nameof(Rsvp.Aanwezig) }, Style = ActionStyle.Positive },
                new ActionExecute { Title = MeetingTexts.AbsentButton, Verb = MeetingVerbs.Rsvp, Data = new { meetingId = meeting.Id, answer = nameof(Rsvp.Afwezig) } },
                new ActionShowCard(MeetingTexts.ChairButton, ManageCard(view)));
        }
        else if (meeting.Status == MeetingStatus.Gehouden && meeting.Minutes is null)
        {
            card.AddActions(new ActionExecute { Title = MeetingTexts.FillInMinutesButton, Verb = MeetingVerbs.MinutesForm, Data = data });
        }
        else if (meeting.Minutes is { } minutes)
        {
            card.AddBody(new TextBlock(MeetingTexts.MinutesPublishedOn(DutchFormat.DateTime(minutes.PublishedAt, view.TimeZone))) { IsSubtle = true });
        }

        return card;
    }

    private static void AddAgenda(AdaptiveCard card, MeetingView view)
    {
        card.AddBody(new TextBlock(MeetingTexts.AgendaHeading) { Weight = TextWeight.Bolder, Separator = true });
        if (view.Meeting.Agenda.Count == 0)
        {
            card.AddBody(new TextBlock(MeetingTexts.NoAgendaItems) { IsSubtle = true, Spacing = Spacing.None });
        }

        foreach (var item in view.Meeting.Agenda)
        {
            card.AddBody(AgendaLine(item, view));
        }
    }

    /// <summary>One agenda point for stuurgroep members (the full version, confidential points marked).</summary>
    private static Container AgendaLine(AgendaItem item, MeetingView view)
    {
        var line = new Container(new TextBlock($"{item.Number}. {CardText.Literal(item.Title)}") { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        var details = MeetingTexts.ItemDetails(CardText.Literal(item.Presenter), item.Minutes) + (item.IsConfidential ? MeetingTexts.ConfidentialSuffix : string.Empty)
            + (item.Amount is { } amount ? $" · {CardText.Literal(amount.ToStringExclVat())}" : string.Empty);
        line.Items.Add(new TextBlock(details) { IsSubtle = true, Spacing = Spacing.None });
        if (Links(MeetingTexts.ProposalsLabel, item.DecisionIds.Select(id => view.DecisionTitles.GetValueOrDefault(id) ?? id)) is { } links)
        {
            line.Items.Add(links);
        }

        return line;
    }

    /// <summary>Linked proposals or decisions on one line, each title shortened, so 12 points stay under the card size limit.</summary>
    private static TextBlock? Links(string label, IEnumerable<string> titles)
    {
        var shown = titles.Select(t => CardText.Literal(t, LinkTitleLength)).ToList();
        return shown.Count == 0 ? null : new TextBlock($"{label}: {string.Join("; ", shown)}") { IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small };
    }

    private const int LinkTitleLength = 60;

    private static AdaptiveCard ManageCard(MeetingView view)
    {
        var id = view.Meeting.Id;
        var slot = view.Meeting.Slot!;
        var local = TimeZoneInfo.ConvertTime(slot.StartsAt, view.TimeZone);
        // A refused point comes back with what the chair typed (issue 16 §4 / §5: never lose a person's input).
        var draft = view.AgendaDraft;
        var addItem = new AdaptiveCard().AddBody(
                new InputText("itemTitle") { Label = MeetingTexts.ItemTitleLabel, MaxLength = AgendaRules.TitleMaxLength, IsRequired = true, ErrorMessage = MeetingTexts.ItemTitleRequired, Value = draft?.Title },
                new InputText("itemPresenter") { Label = MeetingTexts.PresenterLabel, MaxLength = AgendaRules.PresenterMaxLength, IsRequired = true, ErrorMessage = MeetingTexts.PresenterRequired, Value = draft?.Presenter },
                new InputNumber("itemMinutes") { Label = MeetingTexts.ItemMinutesLabel, Value = draft?.Minutes ?? 15, Min = 1, Max = AgendaRules.MaxMinutes },
                new InputToggle("itemConfidential", MeetingTexts.ItemConfidentialLabel) { Value = draft?.IsConfidential == true ? "true" : "false", ValueOn = "true", ValueOff = "false" },
                DecisionPicker("itemDecisions", DecisionLinkChoices.Open(view.DecisionChoices), draft?.DecisionIds, MeetingTexts.LinkedProposalsLabel, MeetingTexts.LinkedProposalsPlaceholder, MeetingTexts.NoOpenProposals),
                new InputText("itemAmount") { Label = MeetingTexts.ItemAmountLabel, MaxLength = 30, Value = draft?.Amount })
            .AddActions(new ActionExecute { Title = MeetingTexts.AddItemButton, Verb = MeetingVerbs.AddItem, Data = new { meetingId = id } });
        var move = new AdaptiveCard()
            .AddBody(MomentInputs(1, MeetingTexts.NewMomentHeading, DateOnly.FromDateTime(local.DateTime), null))
            .AddActions(new ActionExecute { Title = MeetingTexts.MoveButton, Verb = MeetingVerbs.Reschedule, Data = new { meetingId = id } });
        return new AdaptiveCard()
            .AddBody(new TextBlock(MeetingTexts.ChairOnly) { IsSubtle = true })
            .AddActions(
                new ActionShowCard(MeetingTexts.AddItemButton, addItem),
                new ActionShowCard(MeetingTexts.MoveButton, move),
                new ActionExecute { Title = MeetingTexts.CancelMeetingButton, Verb = MeetingVerbs.Cancel, Data = new { meetingId = id }, Style = ActionStyle.Destructive });
    }

    /// <summary>
    /// A multi-select of decisions ("BI-2026-014 · titel"), its value the chosen ids joined by commas; a plain sentence when
    /// there is nothing to choose. Already linked ids that are no longer offered stay as choices, so nothing is dropped silently.
    /// </summary>
    internal static CardElement DecisionPicker(string id, IReadOnlyList<DecisionChoice> choices, string? selected, string label, string placeholder, string none)
    {
        var selectedIds = (selected ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var offered = choices.Select(c => new Choice(c.Label, c.Id))
            .Concat(selectedIds.Where(s => choices.All(c => c.Id != s)).Select(s => new Choice(s, s)))
            .ToList();
        if (offered.Count == 0)
        {
            return new TextBlock($"{label}: {none}") { IsSubtle = true, Wrap = true };
        }

        return new InputChoiceSet(id, offered)
        {
            Label = label,
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Compact,
            Placeholder = placeholder,
            Value = selectedIds.Length == 0 ? null : string.Join(',', selectedIds),
            Wrap = true,
        };
    }

    private static AdaptiveCard AddTimePoll(AdaptiveCard card, MeetingView view)
    {
        var meeting = view.Meeting;
        card.AddBody(new TextBlock(MeetingTexts.TimePollIntro));
        foreach (var summary in view.Summaries)
        {
            var slot = summary.Slot;
            card.AddBody(
                new TextBlock(CardText.Literal($"{When(slot, view.TimeZone)} · {Where(slot)}")) { Weight = TextWeight.Bolder, Separator = true },
                new TextBlock(MeetingTexts.SlotSummary(summary.Ja, summary.AlsHetMoet, summary.Nee)) { IsSubtle = true, Spacing = Spacing.None },
                new InputChoiceSet($"slot{slot.Id}", AvailabilityChoices()) { Style = ChoiceInputStyle.Compact, Placeholder = MeetingTexts.YourAnswerPlaceholder });
        }

        var best = BestSlot.Pick(view.Summaries);
        card.AddBody(new TextBlock(best.IsSuccess
            ? CardText.Literal(MeetingTexts.BestMomentSoFar(When(best.Value.Slot, view.TimeZone)))
            : best.Rejection.Message) { IsSubtle = true, Separator = true });
        var pick = new AdaptiveCard()
            .AddBody(new InputChoiceSet("pick", view.Summaries.Select(s => new Choice(When(s.Slot, view.TimeZone), s.Slot.Id)))
            {
                Label = MeetingTexts.MomentLabel,
                Style = ChoiceInputStyle.Expanded,
                Value = best.IsSuccess ? best.Value.Slot.Id : null,
                IsRequired = true,
                ErrorMessage = MeetingTexts.ChooseMoment,
            })
            .AddActions(new ActionExecute { Title = MeetingTexts.FixMomentButton, Verb = MeetingVerbs.Pick, Data = new { meetingId = meeting.Id } });
        return card.AddActions(
            new ActionExecute { Title = MeetingTexts.AnswerButton, Verb = MeetingVerbs.Answer, Data = new { meetingId = meeting.Id }, Style = ActionStyle.Positive },
            new ActionShowCard(MeetingTexts.PickMomentButton, pick),
            new ActionExecute { Title = MeetingTexts.CancelButton, Verb = MeetingVerbs.Cancel, Data = new { meetingId = meeting.Id } });
    }

    private static IEnumerable<Choice> AvailabilityChoices() =>
        Enum.GetValues<Availability>().Select(a => new Choice(a.DisplayName(), a.ToString()));
}
