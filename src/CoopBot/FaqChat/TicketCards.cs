using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Faq;
using CoopBot.Faq;

namespace CoopBot.FaqChat;

/// <summary>Ticket cards: the community manager's card (one per ticket, updated in place) and the asker's cards.</summary>
internal static class TicketCards
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The card in the community manager's conversation; its buttons follow the status.</summary>
    public static AdaptiveCard ForCommunityManager(TicketRecord ticket, TicketPhrasingState phrasing, string? notice = null, bool noticeIsError = false)
    {
        var state = ticket.State;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock($"{TicketTexts.CardKind} · {ticket.Id}") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(ticket.Question)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(
                Fact.Literal(TicketTexts.AskedBy, ticket.Asker.Name),
                new Fact(TicketTexts.AskedOn, DutchFormat.DateTime(ticket.CreatedAt, Brussels)),
                Fact.Literal(TicketTexts.Status, TicketTexts.StatusText(state))));
        if (notice is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(notice)) { Weight = TextWeight.Bolder, Wrap = true, Color = noticeIsError ? TextColor.Attention : TextColor.Good });
        }

        var data = new { ticketId = ticket.Id };
        switch (state.Status)
        {
            case TicketStatus.Open:
                card.AddActions(new ActionExecute { Title = TicketTexts.TakeButton, Verb = FaqVerbs.TakeTicket, Data = data, Style = ActionStyle.Positive });
                break;
            case TicketStatus.Taken:
                card.AddBody(new InputText("answer")
                {
                    Label = TicketTexts.AnswerLabel,
                    Placeholder = TicketTexts.AnswerPlaceholder,
                    IsMultiline = true,
                    MaxLength = TicketLifecycle.AnswerMaxLength,
                    IsRequired = true,
                    ErrorMessage = TicketRejections.EmptyAnswer.Message,
                    Value = state.Answer,
                });
                card.AddActions(new ActionExecute { Title = TicketTexts.AnswerButton, Verb = FaqVerbs.AnswerTicket, Data = data, Style = ActionStyle.Positive });
                break;
            default:
                card.AddBody(new TextBlock(TicketTexts.AnswerLabel) { Weight = TextWeight.Bolder, Separator = true }, TextBlock.Literal(state.Answer ?? string.Empty));
                card.AddActions(new ActionExecute { Title = TicketTexts.ReopenButton, Verb = FaqVerbs.ReopenTicket, Data = data });
                break;
        }

        // Closing the loop (issue 5, issue 16 §4): the community manager adds the question as a phrasing with a button.
        if (phrasing.AddedTo is { } entry)
        {
            return card.AddBody(new TextBlock(CardText.Literal(TicketTexts.PhrasingAdded(entry.Question))) { IsSubtle = true, Wrap = true, Separator = true });
        }

        // While the answer form is open its required input would block any other button of the card: add it afterwards.
        if (state.Status == TicketStatus.Taken)
        {
            return card.AddBody(new TextBlock(TicketTexts.AddPhrasingAfterAnswer) { IsSubtle = true, Wrap = true, Separator = true });
        }

        return card.AddBody(
            new TextBlock(TicketTexts.AddPhrasingTip) { IsSubtle = true, Wrap = true, Separator = true },
            new InputChoiceSet("entryId", phrasing.Entries.Select(e => new Choice(e.Question, e.Id)))
            {
                Label = TicketTexts.PhrasingEntryLabel,
                Style = ChoiceInputStyle.Compact,
                Placeholder = TicketTexts.PhrasingEntryPlaceholder,
                Value = phrasing.SuggestedEntryId,
                Wrap = true,
            },
            new ActionSet(new ActionExecute { Title = TicketTexts.AddPhrasingButton, Verb = FaqVerbs.AddPhrasing, Data = data }));
    }

    /// <summary>Replaces the not-sure card of the asker once the question is on its way.</summary>
    public static AdaptiveCard Sent(TicketRecord ticket) => new AdaptiveCard().AddBody(
        TextBlock.Heading(TicketTexts.SentTitle),
        new TextBlock($"{FaqChatTexts.YouAsked}: {CardText.Literal(ticket.Question)}") { IsSubtle = true },
        new TextBlock(TicketTexts.SentBody));

    /// <summary>The answer, sent to the asker 1:1; they can reopen the question when it does not answer it.</summary>
    public static AdaptiveCard ForAsker(TicketRecord ticket, string? notice = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(TicketTexts.AnswerTitle),
            new TextBlock($"{FaqChatTexts.YouAsked}: {CardText.Literal(ticket.Question)}") { IsSubtle = true },
            TextBlock.Literal(ticket.State.Answer ?? string.Empty),
            new TextBlock(CardText.Literal($"— {ticket.State.AssigneeName}")) { IsSubtle = true });
        if (notice is not null)
        {
            return card.AddBody(new TextBlock(notice) { Weight = TextWeight.Bolder, Color = TextColor.Good });
        }

        return ticket.State.Status == TicketStatus.Answered
            ? card.AddActions(new ActionExecute { Title = TicketTexts.AskerReopenButton, Verb = FaqVerbs.ReopenTicket, Data = new { ticketId = ticket.Id } })
            : card;
    }
}

/// <summary>What the ticket card needs for "add to the FAQ": the entries to pick from, the one to preselect, or where it was added.</summary>
internal sealed record TicketPhrasingState(IReadOnlyList<FaqEntry> Entries, string? SuggestedEntryId, FaqEntry? AddedTo);
