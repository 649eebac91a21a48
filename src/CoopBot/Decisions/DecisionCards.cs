using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>Builds every decision card. User text is always shown literally (never interpreted as markdown/HTML).</summary>
internal static partial class DecisionCards
{
    /// <summary>The card as everyone sees it in the channel; it refreshes into the per-user view.</summary>
    public static AdaptiveCard Shared(PollView view)
    {
        if (view.HiddenBy is { } placeholder)
        {
            return placeholder.Card(view.ForPlaceholder(), null, false);
        }

        var card = Base(view);
        if (view.Poll.State.Status == PollStatus.Open)
        {
            AddVoteControls(card, view, selected: null, buttonTitle: DecisionTexts.VoteButton);
            card.AddActions(CommentAction(view));
        }

        return WithRefresh(card, view, view.RefreshUserIds);
    }

    /// <summary>What one viewer sees: their own vote, the controls they may use, and an optional notice.</summary>
    public static AdaptiveCard ForViewer(PollView view, string? notice = null, bool noticeIsError = false)
    {
        if (view.HiddenBy is { } placeholder)
        {
            return placeholder.Card(view.ForPlaceholder(), notice, noticeIsError);
        }

        if (view.Poll.Result is not null)
        {
            return Result(view, notice, noticeIsError);
        }

        var card = Base(view);
        if (notice is not null)
        {
            card.AddBody(Notice(notice, noticeIsError ? TextColor.Attention : TextColor.Good));
        }

        AddOwnBallot(card, view);
        var open = view.Poll.State.Status == PollStatus.Open;
        if (open && view.ViewerCanVote)
        {
            AddVoteControls(card, view, view.ViewerBallot?.OptionIds, view.ViewerBallot is null ? DecisionTexts.VoteButton : DecisionTexts.ChangeVoteButton);
        }
        else if (open && notice is null)
        {
            // The voorzitter and product manager manage the decision but do not vote (ADR 0004): they are not "no member".
            card.AddBody(new TextBlock(view.ViewerCanManage ? DecisionTexts.ManagerDoesNotVoteNotice : DecisionTexts.NotAMemberNotice) { IsSubtle = true, Wrap = true });
        }

        if (open)
        {
            card.AddActions(CommentAction(view));
        }

        if (open && view.ProxyCandidates.Count > 0)
        {
            // In the body: with the chair's actions the card already has the five top-level actions allowed.
            card.AddBody(new ActionSet(ProxyAction(view)));
        }

        if (open && view.ViewerCanManage)
        {
            card.AddActions(CloseAction(view), ExtendAction(view), Execute(DecisionTexts.RemindButton, DecisionVerbs.Remind, view));
        }

        return WithRefresh(card, view, view.RefreshUserIds);
    }

    private static AdaptiveCard Base(PollView view)
    {
        var poll = view.Poll;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(Contracts.ReferenceTexts.KindLine(poll.Definition.Kind.DisplayName + (poll.Definition.Settings.Anonymous ? DecisionTexts.AnonymousSuffix : string.Empty), poll.Reference)) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (poll.Definition.Description.Length > 0)
        {
            card.AddBody(TextBlock.Literal(poll.Definition.Description));
        }

        var closing = poll.State.Status == PollStatus.Open
            ? new Fact(DecisionTexts.ClosesAtLabel, DutchFormat.DateTime(poll.State.ClosesAt, view.TimeZone))
            : new Fact(DecisionTexts.StatusLabel, DecisionTexts.ClosedCounting);
        var facts = new FactSet(closing, new Fact(DecisionTexts.ParticipationLabelText, Participation(view)), Fact.Literal(DecisionTexts.StartedByLabel, poll.CreatedByName));
        AddSettingFacts(facts, poll.Definition);
        card.AddBody(facts);
        AddAttachments(card, poll.Definition);
        AddProxies(card, view);
        AddStatusSections(card, view);
        if (ResultsVisible(view))
        {
            AddCounts(card, view);
        }
        else
        {
            card.AddBody(new TextBlock(DecisionTexts.ResultsVisibleWhen(DecisionTexts.ResultsVisibilityText(poll.Definition.Settings.ResultsVisibility))) { IsSubtle = true });
        }

        return card;
    }

    private static void AddSettingFacts(FactSet facts, PollDefinition definition)
    {
        if (definition.Amount is { } amount)
        {
            facts.Facts.Add(new Fact(DecisionTexts.AmountFactLabel, amount.ToStringExclVat()));
        }

        if (definition.Kind.HasPassRule)
        {
            facts.Facts.Add(new Fact(DecisionTexts.PassRuleFactLabel, DecisionTexts.PassRuleText(definition.Settings.PassRule)));
        }

        if (definition.Settings.QuorumPercent > 0)
        {
            facts.Facts.Add(new Fact(DecisionTexts.QuorumFactLabel, DecisionTexts.QuorumFact(definition.Settings.QuorumPercent)));
        }

        if (definition.Kind.BallotRule == BallotRule.MultipleChoice)
        {
            facts.Facts.Add(new Fact(DecisionTexts.ChoiceCountLabel, DecisionTexts.ChoiceCount(definition.Settings.MinChoices, definition.Settings.MaxChoices)));
        }
    }

    private static void AddAttachments(AdaptiveCard card, PollDefinition definition)
    {
        if (definition.Attachments.Count > 0)
        {
            // Action titles are plain text, so the labels need no escaping; the links open in the browser.
            card.AddBody(new ActionSet(definition.Attachments.Select(a => new ActionOpenUrl(a.Label, a.Url))));
        }
    }

    private static void AddStatusSections(AdaptiveCard card, PollView view)
    {
        foreach (var section in view.StatusSections)
        {
            card.AddBody(
                new TextBlock(CardText.Literal(section.Title)) { Weight = TextWeight.Bolder, Separator = true },
                new FactSet(section.Facts.Select(f => Fact.Literal(f.Label, f.Value))));
        }
    }

    /// <summary>Whether the running or final counts may be shown to this viewer (the card and the tab ask the same rule).</summary>
    internal static bool ResultsVisible(PollView view) => view.Poll.Definition.Settings.ResultsVisibility switch
    {
        ResultsVisibility.Always => true,
        ResultsVisibility.AfterVote => view.ViewerBallot is not null || view.Poll.Result is not null,
        _ => view.Poll.Result is not null,
    };

    private static void AddOwnBallot(AdaptiveCard card, PollView view)
    {
        if (view.ViewerBallot is not { OptionIds.Count: > 0 } ballot)
        {
            return;
        }

        var labels = ballot.OptionIds.Select(id => view.Poll.Definition.FindOption(id)?.Label ?? id);
        if (view.IsConsultation)
        {
            // The ballot is the organisation's: say whose it is and which representative cast it last.
            card.AddBody(new TextBlock(CardText.Literal(DecisionTexts.OrganisationBallot(ballot.VoterName, string.Join(", ", labels), ballot.CastByName, ballot.ByProxy))) { Weight = TextWeight.Bolder, Wrap = true });
        }
        else
        {
            card.AddBody(new TextBlock(DecisionTexts.YourVote(CardText.Literal(string.Join(", ", labels)))) { Weight = TextWeight.Bolder });
        }

        if (ballot.Reason is { } reason)
        {
            card.AddBody(new TextBlock(DecisionTexts.YourReason(CardText.Literal(reason))) { IsSubtle = true });
        }
    }

    private static void AddCounts(AdaptiveCard card, PollView view)
    {
        var options = view.Poll.Definition.Options;
        var counts = options.Select(o => view.Tally.CountFor(o.Id)).ToList();

        // One option per ballot: shares of one whole that add up to 100. Several per ballot: each a share of the voters.
        var shares = view.Poll.Definition.Kind.BallotRule == BallotRule.MultipleChoice
            ? Percentages.OfEach(counts, view.Tally.Voters)
            : Percentages.OfWhole(counts);
        var lines = options.Select((o, i) => new Fact(CardText.Literal(o.Label), DecisionTexts.OptionCount(counts[i], shares[i])));
        card.AddBody(TallyChart(view, new FactSet(lines)), ParticipationGauge(view));
    }

    // Client-side the choice is not required: "Reageer" and the chair's actions share the card's inputs, and the
    // server refuses an empty ballot with a Dutch message anyway.
    private static void AddVoteControls(AdaptiveCard card, PollView view, IReadOnlyList<string>? selected, string buttonTitle)
    {
        var definition = view.Poll.Definition;
        var multi = definition.Kind.BallotRule == BallotRule.MultipleChoice;
        if (view.BallotOrganisations.Count > 1)
        {
            // A proxy holder casts several organisations' ballots: one at a time, chosen here (checked again server-side).
            card.AddBody(new InputChoiceSet("onBehalfOf", view.BallotOrganisations.Select(o => new Choice(o.Name, o.Id)))
            {
                Label = DecisionTexts.VoteForLabel,
                Style = ChoiceInputStyle.Compact,
                Value = view.BallotOrganisations[0].Id,
            });
        }

        card.AddBody(new InputChoiceSet("choice", definition.Options.Select(o => new Choice(o.Label, o.Id)))
        {
            Label = multi ? DecisionTexts.YourChoicesLabel(definition.Settings.MinChoices, definition.Settings.MaxChoices) : DecisionTexts.YourChoiceLabel,
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = multi,
            Value = selected is null ? null : string.Join(',', selected),
        });
        if (definition.Settings.ReasonMode != ReasonMode.Off)
        {
            card.AddBody(new InputText("reason")
            {
                Label = definition.Settings.ReasonMode == ReasonMode.Required ? DecisionTexts.ReasonRequiredLabel : DecisionTexts.ReasonOptionalLabel,
                IsMultiline = true,
                MaxLength = PollLimits.ReasonMaxLength,
                Value = view.ViewerBallot?.Reason,
            });
        }

        card.AddActions(new ActionExecute { Title = buttonTitle, Verb = DecisionVerbs.Vote, Data = new { pollId = view.Poll.Id }, Style = ActionStyle.Positive });
    }

    private static ActionShowCard ProxyAction(PollView view) => new(
        DecisionTexts.ProxyButton,
        new AdaptiveCard()
            .AddBody(
                new TextBlock(DecisionTexts.ProxyExplanation) { Wrap = true, IsSubtle = true },
                new InputChoiceSet("proxyPersonId", view.ProxyCandidates.Select(c => new Choice(c.Name, c.Id))) { Label = DecisionTexts.ProxyToLabel, Style = ChoiceInputStyle.Filtered })
            .AddActions(Execute(DecisionTexts.ProxyRegisterButton, DecisionVerbs.Proxy, view)));

    private static void AddProxies(AdaptiveCard card, PollView view)
    {
        if (view.Proxies.Count > 0)
        {
            card.AddBody(
                new TextBlock(DecisionTexts.ProxiesHeading) { Weight = TextWeight.Bolder, Separator = true },
                new FactSet(view.Proxies.Select(p => Fact.Literal(p.GrantingName, DecisionTexts.ProxyHolder(p.ProxyName, p.ProxyOrganisationName)))));
        }
    }

    private static ActionShowCard CommentAction(PollView view) => new(
        DecisionTexts.CommentButton,
        new AdaptiveCard()
            .AddBody(new InputText("comment") { Label = DecisionTexts.CommentLabel, IsMultiline = true, MaxLength = PollLimits.CommentMaxLength })
            .AddActions(Execute(DecisionTexts.PostButton, DecisionVerbs.Comment, view)));

    private static ActionShowCard CloseAction(PollView view) => new(
        DecisionTexts.CloseButton,
        new AdaptiveCard()
            .AddBody(StatementInput())
            .AddActions(Execute(DecisionTexts.ConfirmCloseButton, DecisionVerbs.Close, view) with { Style = ActionStyle.Destructive }));

    private static ActionShowCard ExtendAction(PollView view) => new(DecisionTexts.ExtendButton, DeadlineCard(view, DecisionVerbs.Extend, DecisionTexts.SaveDeadlineButton, view.Poll.State.ClosesAt));

    private static AdaptiveCard DeadlineCard(PollView view, string verb, string button, DateTimeOffset current)
    {
        var local = TimeZoneInfo.ConvertTime(current, view.TimeZone);
        return new AdaptiveCard()
            .AddBody(
                new InputDate("closesDate") { Label = DecisionTexts.ClosesDateLabel, Value = DateOnly.FromDateTime(local.Date).AddDays(1) },
                new InputTime("closesTime") { Label = DecisionTexts.ClosesTimeLabel, Value = TimeOnly.FromTimeSpan(local.TimeOfDay) })
            .AddActions(Execute(button, verb, view));
    }

    private static InputText StatementInput() =>
        new("statement") { Label = DecisionTexts.StatementLabel, IsMultiline = true, MaxLength = PollLimits.OutcomeStatementMaxLength };

    private static ActionExecute Execute(string title, string verb, PollView view) => new() { Title = title, Verb = verb, Data = new { pollId = view.Poll.Id } };

    // Teams refreshes at most 60 users automatically; beyond that everyone gets a manual "Vernieuwen" button. It sits in
    // the body because the chair's view already uses the five top-level actions a card may have.
    private static AdaptiveCard WithRefresh(AdaptiveCard card, PollView view, IReadOnlyList<string> userIds)
    {
        var refreshAction = new ActionExecute { Verb = DecisionVerbs.Refresh, Data = new { pollId = view.Poll.Id } };
        var automatic = userIds.Count <= Refresh.MaxUserIds;
        if (!automatic)
        {
            card.AddBody(new ActionSet(refreshAction with { Title = DecisionTexts.RefreshButton }));
        }

        return card with { Refresh = new Refresh(refreshAction, automatic ? userIds : []) };
    }

    private static TextBlock Notice(string text, TextColor color) => new(CardText.Literal(text)) { Color = color, Weight = TextWeight.Bolder };

    private static string Participation(PollView view) => Participation(view.Tally, view.IsConsultation);

    private static string Participation(TallyResult tally, bool consultation) =>
        DecisionTexts.Participation(tally.Voters, tally.Eligible, consultation);
}
