using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

internal static partial class DecisionCards
{
    /// <summary>
    /// The final card that replaces the decision card once the votes are counted. Managers get their own view of it
    /// (refresh), with the outcome statement and, unless the decision is anonymous, reopening.
    /// </summary>
    public static AdaptiveCard Result(PollView view, string? notice = null, bool noticeIsError = false)
    {
        if (view.HiddenBy is { } placeholder)
        {
            return placeholder.Card(view.ForPlaceholder(), notice, noticeIsError);
        }

        var poll = view.Poll;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(Contracts.ReferenceTexts.KindLine(poll.Definition.Kind.DisplayName + DecisionTexts.ResultSuffix, poll.Reference)) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (notice is not null)
        {
            card.AddBody(Notice(notice, noticeIsError ? TextColor.Attention : TextColor.Good));
        }

        if (DecisionTexts.OutcomeText(view.Tally.Outcome) is { } outcome)
        {
            card.AddBody(new TextBlock(outcome) { Weight = TextWeight.Bolder, Color = view.Tally.Outcome == DecisionOutcome.Passed ? TextColor.Good : TextColor.Attention });
        }

        AddCounts(card, view);
        var facts = new FactSet(
            new Fact(DecisionTexts.ParticipationLabelText, Participation(view)),
            new Fact(DecisionTexts.ClosedAtLabel, DutchFormat.DateTime(poll.State.ClosedAt ?? poll.State.ClosesAt, view.TimeZone)));
        AddSettingFacts(facts, poll.Definition);
        card.AddBody(facts);
        if (poll.OutcomeStatement is { } statement)
        {
            card.AddBody(new TextBlock(DecisionTexts.StatementHeading) { Weight = TextWeight.Bolder }, TextBlock.Literal(statement));
        }

        AddAttachments(card, poll.Definition);
        AddProxies(card, view);
        AddStatusSections(card, view);
        if (view.ViewerCanManage && poll.Result is not null)
        {
            card.AddActions(new ActionShowCard(
                DecisionTexts.StatementButton, new AdaptiveCard().AddBody(StatementInput()).AddActions(Execute(DecisionTexts.SaveButton, DecisionVerbs.Outcome, view))));
            if (!poll.Definition.Settings.Anonymous)
            {
                card.AddActions(new ActionShowCard(DecisionTexts.ReopenButton, DeadlineCard(view, DecisionVerbs.Reopen, DecisionTexts.ReopenUntilButton, poll.State.ClosedAt ?? poll.State.ClosesAt)));
            }
        }

        return WithRefresh(card, view, view.ManagerUserIds);
    }

    /// <summary>The outcome as posted in the decision's thread (plain text).</summary>
    public static string OutcomeMessage(PollView view)
    {
        var poll = view.Poll;
        var text = DecisionTexts.OutcomeMessage(poll.Definition.Title, DecisionTexts.OutcomeSummary(poll.Definition, view.Tally), Participation(view));
        // The thread is read by members without an NDA too: a confidential item's statement stays on the signers' cards.
        return poll.OutcomeStatement is { } statement && !poll.Confidential ? $"{text}\n\n{DecisionTexts.OutcomeMessageStatement(statement)}" : text;
    }
}
