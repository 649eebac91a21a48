using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;

namespace CoopBot.Confidentiality;

/// <summary>
/// The placeholder every viewer without a valid NDA sees instead of a confidential decision, including the shared card
/// in the channel: the title, the word "vertrouwelijk", the NDA to read and acknowledge. Never the description, amount,
/// attachments, options, counts or escalation details. It refreshes per user, so signers get the real card.
/// </summary>
internal sealed class ConfidentialCards : IDecisionPlaceholder
{
    public AdaptiveCard Card(PlaceholderView view, string? notice, bool noticeIsError)
    {
        var poll = view.Decision;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(CoopBot.Decisions.Contracts.ReferenceTexts.KindLine(ConfidentialityTexts.KindLine(poll.Definition.Kind.DisplayName), poll.Reference)) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(poll.Definition.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (notice is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(notice)) { Color = noticeIsError ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        var status = poll.Result is not null ? ConfidentialityTexts.StatusClosed
            : poll.State.Status == PollStatus.Open ? ConfidentialityTexts.StatusOpenUntil(DutchFormat.DateTime(poll.State.ClosesAt, view.TimeZone))
            : ConfidentialityTexts.StatusCounting;
        card.AddBody(
            new FactSet(new Fact(ConfidentialityTexts.StatusLabel, status)),
            new TextBlock(ConfidentialityTexts.Explanation(NdaDocument.Version)) { Wrap = true });

        var document = new AdaptiveCard().AddBody(new TextBlock(ConfidentialityTexts.DocumentTitle(NdaDocument.Title, NdaDocument.Version)) { Weight = TextWeight.Bolder });
        document.AddBody(NdaDocument.Paragraphs.Select(p => new TextBlock(p)));
        document.AddActions(new ActionExecute
        {
            Title = ConfidentialityTexts.SignButton,
            Verb = ConfidentialityVerbs.Acknowledge,
            Data = new { pollId = poll.Id },
            Style = ActionStyle.Positive,
        });
        card.AddActions(new ActionShowCard(ConfidentialityTexts.ReadButton, document));

        var refresh = new ActionExecute { Verb = DecisionVerbs.Refresh, Data = new { pollId = poll.Id } };
        var automatic = view.RefreshUserIds.Count <= Refresh.MaxUserIds;
        if (!automatic)
        {
            card.AddBody(new ActionSet(refresh with { Title = ConfidentialityTexts.RefreshButton }));
        }

        return card with { Refresh = new Refresh(refresh, automatic ? view.RefreshUserIds : []) };
    }
}

/// <summary>Verbs of the confidentiality feature.</summary>
internal static class ConfidentialityVerbs
{
    public const string Acknowledge = "nda.acknowledge";
}
