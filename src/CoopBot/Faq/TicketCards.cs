using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Faq;

namespace CoopBot.Faq;

/// <summary>Ticket cards: the community manager's card (one per ticket, updated in place) and the asker's cards.</summary>
internal static class TicketCards
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The card in the community manager's conversation; its buttons follow the status.</summary>
    public static AdaptiveCard ForCommunityManager(TicketRecord ticket, string? suggestedEntryId)
    {
        var state = ticket.State;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock($"{TicketTexts.CardKind} · {ticket.Id}") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(ticket.Question)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(
                Fact.Literal(TicketTexts.AskedBy, ticket.Asker.Name),
                new Fact(TicketTexts.AskedOn, DutchFormat.DateTime(ticket.CreatedAt, Brussels)),
                Fact.Literal(TicketTexts.Status, TicketTexts.StatusText(state))));
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

        // Closing the loop (issue 5): a resolved question becomes a phrasing of the knowledge base via the CLI.
        var command = $"dotnet run --project src/CoopBot.Cli -- faq add-phrasing {suggestedEntryId ?? "<id>"} \"{ticket.Question.Replace("\"", "'", StringComparison.Ordinal)}\"";
        return card.AddBody(
            new TextBlock(TicketTexts.AddPhrasingTip) { IsSubtle = true, Size = TextSize.Small, Separator = true },
            new TextBlock(CardText.Literal(command)) { FontType = FontType.Monospace, Size = TextSize.Small });
    }

    /// <summary>The entry a question is closest to, offered as the id in the add-phrasing command.</summary>
    public static string? NearestEntryId(FaqIndex index, string question)
    {
        var closest = index.Answer(question).Closest;
        return closest.Count > 0 ? closest[0].Entry.Id : null;
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
