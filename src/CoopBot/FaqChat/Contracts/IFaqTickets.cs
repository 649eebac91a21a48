using CoopBot.Domain.Faq;

namespace CoopBot.FaqChat.Contracts;

/// <summary>Read model of the questions to the community manager ("Vraag het aan de community manager"), for the tab.</summary>
public interface IFaqTickets
{
    /// <summary>Every ticket, newest first (Beheer's queue).</summary>
    Task<IReadOnlyList<TicketSummary>> ListAsync(CancellationToken ct);

    /// <summary>The tickets asked by the person with <paramref name="aadObjectId"/> (the Overzicht).</summary>
    Task<IReadOnlyList<TicketSummary>> AskedByAsync(string aadObjectId, CancellationToken ct);
}

/// <summary>A ticket as the tab shows it: the question, who asked when, its status in Dutch and the answer once given.</summary>
public sealed record TicketSummary(
    string Id, string Question, string AskerId, string AskerName, DateTimeOffset CreatedAt, TicketStatus Status, string StatusText, string? Answer);
