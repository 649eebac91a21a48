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
            new TextBlock(meeting.IsPolling ? "Vergadering · tijdspeiling" : "Vergadering") { IsSubtle = true, Size = TextSize.Small },
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
            new Fact("Wanneer", When(slot, view.TimeZone)),
            Fact.Literal("Waar", Where(slot)),
            new Fact("Status", StatusName(meeting.Status)),
            new Fact("Aanwezigheid", $"{view.Count(Rsvp.Aanwezig)} aanwezig · {view.Count(Rsvp.Afwezig)} afwezig · {waiting} nog niet geantwoord")));
        if (meeting.Event?.JoinUrl is { } join && meeting.Status == MeetingStatus.Gepland && Uri.TryCreate(join, UriKind.Absolute, out var joinUri))
        {
            card.AddActions(new ActionOpenUrl("Deelnemen aan de Teams-vergadering", joinUri));
        }

        AddAgenda(card, view);
        var data = new { meetingId = meeting.Id };
        if (meeting.Status == MeetingStatus.Gepland)
        {
            card.AddActions(
                new ActionExecute { Title = "Aanwezig", Verb = MeetingVerbs.Rsvp, Data = new { meetingId = meeting.Id, answer = nameof(Rsvp.Aanwezig) }, Style = ActionStyle.Positive },
                new ActionExecute { Title = "Afwezig", Verb = MeetingVerbs.Rsvp, Data = new { meetingId = meeting.Id, answer = nameof(Rsvp.Afwezig) } },
                new ActionShowCard("Voorzitter", ManageCard(view)));
        }
        else if (meeting.Status == MeetingStatus.Gehouden && meeting.Minutes is null)
        {
            card.AddActions(new ActionExecute { Title = "Verslag invullen", Verb = MeetingVerbs.MinutesForm, Data = data });
        }
        else if (meeting.Minutes is { } minutes)
        {
            card.AddBody(new TextBlock($"Verslag gepubliceerd op {DutchFormat.DateTime(minutes.PublishedAt, view.TimeZone)}.") { IsSubtle = true });
        }

        return card;
    }

    private static void AddAgenda(AdaptiveCard card, MeetingView view)
    {
        card.AddBody(new TextBlock("Agenda") { Weight = TextWeight.Bolder, Separator = true });
        if (view.Meeting.Agenda.Count == 0)
        {
            card.AddBody(new TextBlock("Nog geen agendapunten.") { IsSubtle = true, Spacing = Spacing.None });
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
        var details = $"{CardText.Literal(item.Presenter)} · {item.Minutes} min" + (item.IsConfidential ? " · vertrouwelijk" : string.Empty)
            + (item.Amount is { } amount ? $" · {CardText.Literal(amount.ToStringExclVat())}" : string.Empty);
        line.Items.Add(new TextBlock(details) { IsSubtle = true, Spacing = Spacing.None });
        if (Links("Voorstellen", item.DecisionIds.Select(id => view.DecisionTitles.GetValueOrDefault(id) ?? id)) is { } links)
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
        var addItem = new AdaptiveCard().AddBody(
                new InputText("itemTitle") { Label = "Titel", MaxLength = AgendaRules.TitleMaxLength, IsRequired = true, ErrorMessage = "Geef een titel." },
                new InputText("itemPresenter") { Label = "Toelichting door", MaxLength = AgendaRules.PresenterMaxLength, IsRequired = true, ErrorMessage = "Vul in wie het punt toelicht." },
                new InputNumber("itemMinutes") { Label = "Duur (minuten)", Value = 15, Min = 1, Max = AgendaRules.MaxMinutes },
                new InputToggle("itemConfidential", "Vertrouwelijk (offertes, budgetten: niet in het openbaar verslag)") { Value = "false", ValueOn = "true", ValueOff = "false" },
                new InputText("itemDecisions") { Label = "Gekoppelde voorstellen (ids, gescheiden door komma's)", MaxLength = 200 },
                new InputText("itemAmount") { Label = "Bedrag (€ excl. btw, optioneel)", MaxLength = 30 })
            .AddActions(new ActionExecute { Title = "Agendapunt toevoegen", Verb = MeetingVerbs.AddItem, Data = new { meetingId = id } });
        var move = new AdaptiveCard()
            .AddBody(MomentInputs(1, "Nieuw moment", DateOnly.FromDateTime(local.DateTime), null))
            .AddActions(new ActionExecute { Title = "Verplaatsen", Verb = MeetingVerbs.Reschedule, Data = new { meetingId = id } });
        return new AdaptiveCard()
            .AddBody(new TextBlock("Alleen de voorzitter, de vervangend voorzitter of de productmanager kan deze acties uitvoeren.") { IsSubtle = true })
            .AddActions(
                new ActionShowCard("Agendapunt toevoegen", addItem),
                new ActionShowCard("Verplaatsen", move),
                new ActionExecute { Title = "Vergadering annuleren", Verb = MeetingVerbs.Cancel, Data = new { meetingId = id }, Style = ActionStyle.Destructive });
    }

    private static AdaptiveCard AddTimePoll(AdaptiveCard card, MeetingView view)
    {
        var meeting = view.Meeting;
        card.AddBody(new TextBlock("Duid per moment aan of je kan: ja, als het moet of nee. Je kan je antwoorden wijzigen tot de voorzitter een moment kiest."));
        foreach (var summary in view.Summaries)
        {
            var slot = summary.Slot;
            card.AddBody(
                new TextBlock(CardText.Literal($"{When(slot, view.TimeZone)} · {Where(slot)}")) { Weight = TextWeight.Bolder, Separator = true },
                new TextBlock($"{summary.Ja} ja · {summary.AlsHetMoet} als het moet · {summary.Nee} nee") { IsSubtle = true, Spacing = Spacing.None },
                new InputChoiceSet($"slot{slot.Id}", AvailabilityChoices()) { Style = ChoiceInputStyle.Compact, Placeholder = "Jouw antwoord" });
        }

        var best = BestSlot.Pick(view.Summaries);
        card.AddBody(new TextBlock(best.IsSuccess
            ? CardText.Literal($"Beste moment tot nu toe: {When(best.Value.Slot, view.TimeZone)}")
            : best.Rejection.Message) { IsSubtle = true, Separator = true });
        var pick = new AdaptiveCard()
            .AddBody(new InputChoiceSet("pick", view.Summaries.Select(s => new Choice(When(s.Slot, view.TimeZone), s.Slot.Id)))
            {
                Label = "Moment",
                Style = ChoiceInputStyle.Expanded,
                Value = best.IsSuccess ? best.Value.Slot.Id : null,
                IsRequired = true,
                ErrorMessage = "Kies een moment.",
            })
            .AddActions(new ActionExecute { Title = "Moment vastleggen", Verb = MeetingVerbs.Pick, Data = new { meetingId = meeting.Id } });
        return card.AddActions(
            new ActionExecute { Title = "Antwoorden", Verb = MeetingVerbs.Answer, Data = new { meetingId = meeting.Id }, Style = ActionStyle.Positive },
            new ActionShowCard("Moment kiezen (voorzitter)", pick),
            new ActionExecute { Title = "Annuleren", Verb = MeetingVerbs.Cancel, Data = new { meetingId = meeting.Id } });
    }

    private static IEnumerable<Choice> AvailabilityChoices() =>
        Enum.GetValues<Availability>().Select(a => new Choice(a.DisplayName(), a.ToString()));
}
