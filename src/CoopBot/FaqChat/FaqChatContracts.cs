using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.FaqChat.Contracts;

namespace CoopBot.FaqChat;

/// <summary><see cref="IFaqPhrasings"/> over the ticket button's <see cref="FaqPhrasingService"/>: one write path for every caller.</summary>
internal sealed class FaqPhrasingCatalog(FaqPhrasingService phrasings, FaqPhrasingStore store, FaqIndexHolder indexes) : IFaqPhrasings
{
    public IReadOnlyList<FaqEntryChoice> Entries { get; } = [.. indexes.KnowledgeBase.Entries.Select(e => new FaqEntryChoice(e.Id, e.Question))];

    public int MaxLength => FaqCards.QuestionMaxLength;

    public async Task<Result<AddedPhrasing>> AddAsync(string? text, string? entryId, Actor actor, string requestKey, CancellationToken ct)
    {
        var added = await phrasings.AddAsync(text ?? string.Empty, entryId, actor, requestKey, ct);
        if (!added.IsSuccess)
        {
            return added.Rejection;
        }

        // The row as stored the first time (a repeated request keeps the first time), read back by its normalised text.
        var stored = await store.FindAsync(text!, ct) ?? throw new InvalidOperationException("A phrasing reported as stored was not found.");
        return new AddedPhrasing(added.Value.Id, added.Value.Question, stored.Text, stored.AddedAt);
    }
}

/// <summary><see cref="IFaqTickets"/>: the tickets as the tab shows them, the status worded by <see cref="TicketTexts"/>.</summary>
internal sealed class FaqTicketQueries(TicketService tickets) : IFaqTickets
{
    public async Task<IReadOnlyList<TicketSummary>> ListAsync(CancellationToken ct) =>
        [.. (await tickets.ListAsync(ct)).Select(Summary)];

    public async Task<IReadOnlyList<TicketSummary>> AskedByAsync(string aadObjectId, CancellationToken ct) =>
        [.. (await tickets.ListAsync(ct)).Where(t => string.Equals(t.Asker.Id, aadObjectId, StringComparison.OrdinalIgnoreCase)).Select(Summary)];

    private static TicketSummary Summary(TicketRecord t) =>
        new(t.Id, t.Question, t.Asker.Id, t.Asker.Name, t.CreatedAt, t.State.Status, TicketTexts.StatusText(t.State), t.State.Answer);
}
