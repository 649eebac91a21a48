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
            new TextBlock(isMinutes ? "Verslag van de stuurgroep" : "Agenda van de stuurgroep") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(content.SteeringGroupName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Literal(content.Title)) { Spacing = Spacing.None },
            new FactSet(
                new Fact("Wanneer", When(new SlotCandidate("s", content.StartsAt, content.Duration, true, null), zone)),
                Fact.Literal("Waar", content.Where)));
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
            card.AddBody(new TextBlock(CardText.Literal("Aanwezig: " + string.Join(", ", content.Present))) { IsSubtle = true, Separator = true });
        }

        card.AddBody(new TextBlock("Alle afnemers zijn welkom met feedback en ideeën voor de stuurgroep.") { Separator = true });
        return card
            .AddBody(new InputText("feedback") { Label = "Jouw feedback", IsMultiline = true, MaxLength = FeedbackMaxLength, IsRequired = true, ErrorMessage = "Schrijf eerst je feedback." })
            .AddActions(new ActionExecute { Title = "Feedback versturen", Verb = MeetingVerbs.Feedback, Data = new { meetingId = content.MeetingId } });
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
            new TextBlock($"{CardText.Literal(item.Presenter ?? string.Empty)} · {item.Minutes} min"
                + (p.Amount is { } amount ? $" · {CardText.Literal(amount.ToStringExclVat())}" : string.Empty)) { IsSubtle = true, Spacing = Spacing.None });
        if (isMinutes && !string.IsNullOrEmpty(p.Text))
        {
            line.Items.Add(TextBlock.Literal(p.Text));
        }

        if (Links("Besluiten", item.DecisionTitles) is { } links)
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
        var heading = draft ? "Ontwerpverslag (ter goedkeuring, voor de stuurgroep)" : isMinutes ? "Verslag (volledig, voor de stuurgroep)" : "Agenda (volledig, voor de stuurgroep)";
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(heading) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(meeting.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(new Fact("Wanneer", When(meeting.Slot!, view.TimeZone)), Fact.Literal("Waar", Where(meeting.Slot!))));
        foreach (var item in meeting.Agenda)
        {
            card.AddBody(AgendaLine(item, view));
            if ((isMinutes || draft) && shown is { } minutes)
            {
                if (minutes.TextByItem.GetValueOrDefault(item.Number) is { Length: > 0 } text)
                {
                    card.AddBody(TextBlock.Literal(text));
                }

                if (Links("Besluiten", (minutes.DecisionsByItem.GetValueOrDefault(item.Number) ?? []).Select(id => view.DecisionTitles.GetValueOrDefault(id) ?? id)) is { } links)
                {
                    card.AddBody(links);
                }
            }
        }

        if ((isMinutes || draft) && shown is { } published)
        {
            var present = view.Members.Where(m => published.PresentIds.Contains(m.Id, StringComparer.OrdinalIgnoreCase)).Select(m => m.Name).ToList();
            card.AddBody(new TextBlock(CardText.Literal($"Aanwezig ({present.Count} van {view.Members.Count}): {string.Join(", ", present)}")) { Separator = true });
        }

        return card;
    }

    /// <summary>The verslag form for the chair: a short text and linked decisions per point, and who attended.</summary>
    public static AdaptiveCard MinutesForm(MeetingView view, string? error = null)
    {
        var meeting = view.Meeting;
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading("Verslag invullen"),
            new TextBlock(CardText.Literal($"{meeting.Title} · {When(meeting.Slot!, view.TimeZone)}")) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock("Vertrouwelijke punten en hun bedragen gaan alleen naar de stuurgroep; de afnemers zien er enkel \"vertrouwelijk punt\".") { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(Notice(error, isError: true));
        }

        foreach (var item in meeting.Agenda)
        {
            card.AddBody(
                new TextBlock($"{item.Number}. {CardText.Literal(item.Title)}{(item.IsConfidential ? " (vertrouwelijk)" : string.Empty)}") { Weight = TextWeight.Bolder, Separator = true },
                new InputText($"text{item.Number}") { Label = "Kort verslag", IsMultiline = true, MaxLength = AgendaRules.MinutesTextMaxLength },
                new InputText($"decisions{item.Number}") { Label = "Gekoppelde besluiten (ids uit het besluitenregister)", MaxLength = 200, Value = string.Join(", ", item.DecisionIds) });
        }

        var present = string.Join(',', view.Rsvps.Where(r => r.Value.Answer == Rsvp.Aanwezig).Select(r => r.Key));
        card.AddBody(new InputChoiceSet("present", view.Members.Select(m => new Choice(m.Name, m.Id)))
        {
            Label = "Aanwezig",
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = present.Length == 0 ? null : present,
        });
        return card.AddActions(
            new ActionExecute { Title = "Verslag publiceren", Verb = MeetingVerbs.Publish, Data = new { meetingId = meeting.Id }, Style = ActionStyle.Positive },
            new ActionExecute { Title = "Eerst laten goedkeuren", Verb = MeetingVerbs.SubmitForApproval, Data = new { meetingId = meeting.Id } });
    }
}
