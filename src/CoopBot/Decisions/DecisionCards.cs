using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>Builds every decision card. User text is always shown literally (never interpreted as markdown/HTML).</summary>
internal static class DecisionCards
{
    public const int FormOptionCount = 10;

    public static AdaptiveCard CreateForm(string steeringGroupId, string steeringGroupName, DateOnly defaultDate, string? error = null, CreatePollData? previous = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading("Nieuwe stemming"),
            new TextBlock(CardText.Literal(steeringGroupName)) { IsSubtle = true, Spacing = Spacing.None });
        if (error is not null)
        {
            card.AddBody(Notice(error, TextColor.Attention));
        }

        card.AddBody(new InputText("title")
        {
            Label = "Vraag",
            Placeholder = "Bijvoorbeeld: Welke leverancier kiezen we voor de nieuwe bibliotheekwebsites?",
            MaxLength = PollLimits.TitleMaxLength,
            IsRequired = true,
            ErrorMessage = "Geef een vraag op.",
            Value = previous?.Title,
        });
        for (var i = 1; i <= FormOptionCount; i++)
        {
            card.AddBody(new InputText($"option{i}")
            {
                Label = i <= 2 ? $"Antwoord {i}" : $"Antwoord {i} (optioneel)",
                MaxLength = PollLimits.OptionLabelMaxLength,
                IsRequired = i <= 2,
                ErrorMessage = i <= 2 ? "Geef minstens twee antwoorden op." : null,
                Value = previous?.Options[i - 1],
            });
        }

        return card
            .AddBody(
                new InputDate("closesDate") { Label = "Sluit op (datum)", Value = defaultDate, IsRequired = true, ErrorMessage = "Kies een datum." },
                new InputTime("closesTime") { Label = "Om (uur)", Value = new TimeOnly(17, 0), IsRequired = true, ErrorMessage = "Kies een uur." })
            .AddActions(new ActionExecute
            {
                Title = DecisionTexts.StartButton,
                Verb = DecisionVerbs.Create,
                Data = new { steeringGroupId },
                Style = ActionStyle.Positive,
            });
    }

    public static AdaptiveCard Created(PollRecord poll, TimeZoneInfo zone) => new AdaptiveCard().AddBody(
        new TextBlock("Stemming gestart") { Weight = TextWeight.Bolder },
        TextBlock.Literal(poll.Definition.Title),
        new TextBlock($"De stemming staat in het kanaal en sluit op {DutchFormat.DateTime(poll.State.ClosesAt, zone)}.") { IsSubtle = true });

    /// <summary>The card as everyone sees it in the channel; it refreshes into the per-user view.</summary>
    public static AdaptiveCard Shared(PollView view)
    {
        var card = Base(view);
        if (view.Poll.State.Status == PollStatus.Open)
        {
            AddVoteControls(card, view, selected: null, buttonTitle: DecisionTexts.VoteButton);
        }

        return WithRefresh(card, view);
    }

    /// <summary>What one viewer sees: their own vote, the controls they may use, and an optional notice.</summary>
    public static AdaptiveCard ForViewer(PollView view, string? notice = null, bool noticeIsError = false)
    {
        var card = Base(view);
        if (notice is not null)
        {
            card.AddBody(Notice(notice, noticeIsError ? TextColor.Attention : TextColor.Good));
        }

        if (view.ViewerBallot is { } ballot)
        {
            var labels = ballot.OptionIds.Select(id => view.Poll.Definition.FindOption(id)?.Label ?? id);
            card.AddBody(new TextBlock($"Jouw stem: {CardText.Literal(string.Join(", ", labels))}") { Weight = TextWeight.Bolder });
        }

        var open = view.Poll.State.Status == PollStatus.Open;
        if (open && view.ViewerCanVote)
        {
            AddVoteControls(card, view, view.ViewerBallot?.OptionIds, view.ViewerBallot is null ? DecisionTexts.VoteButton : DecisionTexts.ChangeVoteButton);
        }
        else if (open && notice is null)
        {
            card.AddBody(new TextBlock(DecisionTexts.NotAMemberNotice) { IsSubtle = true });
        }

        if (open && view.ViewerCanManage)
        {
            card.AddActions(new ActionExecute
            {
                Title = DecisionTexts.CloseButton,
                Verb = DecisionVerbs.Close,
                Data = new { pollId = view.Poll.Id },
                Style = ActionStyle.Destructive,
            });
        }

        return WithRefresh(card, view);
    }

    /// <summary>The final card that replaces the decision card once the votes are counted.</summary>
    public static AdaptiveCard Result(PollView view)
    {
        var poll = view.Poll;
        var card = new AdaptiveCard().AddBody(
            new TextBlock($"{poll.Definition.Kind.DisplayName} · uitslag") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (DecisionOutcomeText(view.Tally.Outcome) is { } outcome)
        {
            card.AddBody(new TextBlock(outcome) { Weight = TextWeight.Bolder, Color = view.Tally.Outcome == DecisionOutcome.Passed ? TextColor.Good : TextColor.Attention });
        }

        AddCounts(card, view);
        return card.AddBody(new FactSet(
            new Fact("Deelname", Participation(view.Tally)),
            new Fact("Gesloten op", DutchFormat.DateTime(poll.State.ClosedAt ?? poll.State.ClosesAt, view.TimeZone))));
    }

    public static string OutcomeMessage(PollView view)
    {
        var leaders = view.Tally.Leaders.Select(id => view.Poll.Definition.FindOption(id)?.Label ?? id).ToList();
        var summary = DecisionOutcomeText(view.Tally.Outcome)
            ?? (leaders.Count == 0 ? "Er werd niet gestemd." : $"Meeste stemmen: {string.Join(" en ", leaders)}.");
        return $"Uitslag van “{view.Poll.Definition.Title}”: {summary} {Participation(view.Tally)}.";
    }

    private static AdaptiveCard Base(PollView view)
    {
        var poll = view.Poll;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(poll.Definition.Kind.DisplayName) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (poll.Definition.Description.Length > 0)
        {
            card.AddBody(TextBlock.Literal(poll.Definition.Description));
        }

        var closing = poll.State.Status == PollStatus.Open
            ? new Fact("Sluit op", DutchFormat.DateTime(poll.State.ClosesAt, view.TimeZone))
            : new Fact("Status", DecisionTexts.ClosedCounting);
        card.AddBody(new FactSet(closing, new Fact("Deelname", Participation(view.Tally)), Fact.Literal("Gestart door", poll.CreatedByName)));
        if (ResultsVisible(view))
        {
            AddCounts(card, view);
        }

        return card;
    }

    private static bool ResultsVisible(PollView view) => view.Poll.Definition.Settings.ResultsVisibility switch
    {
        ResultsVisibility.Always => true,
        ResultsVisibility.AfterVote => view.ViewerBallot is not null || view.Poll.State.Status == PollStatus.Closed,
        _ => view.Poll.State.Status == PollStatus.Closed && view.Poll.Result is not null,
    };

    private static void AddCounts(AdaptiveCard card, PollView view)
    {
        var total = Math.Max(1, view.Tally.Voters);
        var lines = view.Poll.Definition.Options.Select(o =>
        {
            var n = view.Tally.CountFor(o.Id);
            return new Fact(CardText.Literal(o.Label), $"{DutchFormat.Count(n, "stem", "stemmen")} ({n * 100 / total}%)");
        });
        card.AddBody(new FactSet(lines) { Separator = true });
    }

    private static void AddVoteControls(AdaptiveCard card, PollView view, IReadOnlyList<string>? selected, string buttonTitle)
    {
        var multi = view.Poll.Definition.Kind.BallotRule == BallotRule.MultipleChoice;
        card.AddBody(new InputChoiceSet("choice", view.Poll.Definition.Options.Select(o => new Choice(o.Label, o.Id)))
        {
            Label = multi ? "Jouw keuzes" : "Jouw keuze",
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = multi,
            Value = selected is null ? null : string.Join(',', selected),
            IsRequired = true,
            ErrorMessage = "Kies een antwoord.",
        });
        card.AddActions(new ActionExecute { Title = buttonTitle, Verb = DecisionVerbs.Vote, Data = new { pollId = view.Poll.Id }, Style = ActionStyle.Positive });
    }

    // Teams refreshes at most 60 users automatically; beyond that everyone gets a manual "Vernieuwen" button.
    private static AdaptiveCard WithRefresh(AdaptiveCard card, PollView view)
    {
        var refreshAction = new ActionExecute { Verb = DecisionVerbs.Refresh, Data = new { pollId = view.Poll.Id } };
        var automatic = view.RefreshUserIds.Count <= Refresh.MaxUserIds;
        if (!automatic)
        {
            card.AddActions(refreshAction with { Title = DecisionTexts.RefreshButton });
        }

        return card with { Refresh = new Refresh(refreshAction, automatic ? view.RefreshUserIds : []) };
    }

    private static TextBlock Notice(string text, TextColor color) => new(CardText.Literal(text)) { Color = color, Weight = TextWeight.Bolder };

    private static string Participation(TallyResult tally) =>
        $"{tally.Voters} van {DutchFormat.Count(tally.Eligible, "lid", "leden")} {(tally.Voters == 1 ? "heeft" : "hebben")} gestemd";

    private static string? DecisionOutcomeText(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Passed => "Aangenomen",
        DecisionOutcome.Rejected => "Verworpen",
        DecisionOutcome.NoQuorum => "Geen quorum: te weinig leden hebben gestemd",
        _ => null,
    };
}
