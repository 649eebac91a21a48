using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Faq.Text;
using CoopBot.Faq;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.FaqChat;

/// <summary>
/// Issue 16 §4: the community manager adds a ticket's question as a phrasing of the entry she picks, from the ticket
/// card; the FAQ answers that phrasing with that entry from then on. Authorize (the community manager, from the
/// registry), validate (a known entry, a phrasing not yet in the knowledge base), then one write keyed by the
/// phrasing, which also makes a redelivered click harmless.
/// </summary>
internal sealed class FaqPhrasingService(FaqPhrasingStore store, FaqIndexHolder indexes, IMembershipDirectory directory, TimeProvider clock)
{
    /// <summary>Adds <paramref name="text"/> to <paramref name="entryId"/>; the entry it now belongs to, or a Dutch refusal.</summary>
    public async Task<Result<FaqEntry>> AddAsync(string text, string? entryId, Actor actor, string activityKey, CancellationToken ct)
    {
        var cm = await directory.GetCommunityManagerAsync(ct);
        if (cm is null || actor.AadObjectId is not { } id || !string.Equals(id, cm.Person.Person.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return TicketTexts.OnlyCommunityManagerAddsPhrasings;
        }

        return await StoreAsync(text, entryId, id, activityKey, ct);
    }

    /// <summary>
    /// The write itself, after authorization: the ticket button (the community manager) and the CLI's
    /// <c>faq add-phrasing --opslag</c> (an administrator with access to the storage account) both end here.
    /// </summary>
    public async Task<Result<FaqEntry>> StoreAsync(string text, string? entryId, string addedBy, string activityKey, CancellationToken ct)
    {
        var knowledgeBase = indexes.KnowledgeBase;
        if (string.IsNullOrWhiteSpace(entryId) || knowledgeBase.Find(entryId) is not { } entry)
        {
            return TicketTexts.PhrasingEntryUnknown;
        }

        var phrasing = text.Trim();
        if (DutchNormalizer.Normalize(phrasing).Length == 0)
        {
            return TicketTexts.PhrasingEmpty;
        }

        // A phrasing nobody can ask: the chat refuses longer questions whole (issue 16 §5).
        if (phrasing.Length > FaqCards.QuestionMaxLength)
        {
            return TicketTexts.PhrasingTooLong(phrasing.Length, FaqCards.QuestionMaxLength);
        }

        // Already one of the shipped ways to ask: the FAQ knows it, whatever entry was picked.
        var key = DutchNormalizer.Normalize(phrasing);
        if (knowledgeBase.Entries.FirstOrDefault(e => e.Phrasings.Prepend(e.Question).Any(p => DutchNormalizer.Normalize(p) == key)) is { } owner)
        {
            return TicketTexts.PhrasingExists(owner.Question);
        }

        var (added, stored) = await store.AddAsync(new StoredPhrasing(entry.Id, phrasing, addedBy, clock.GetUtcNow(), activityKey), ct);
        if (added)
        {
            indexes.Invalidate();
            return entry;
        }

        // The same click delivered again finds its own row: done. Otherwise the phrasing was added before, maybe elsewhere.
        return stored.ActivityKey == activityKey && stored.EntryId == entry.Id
            ? entry
            : TicketTexts.PhrasingExists(knowledgeBase.Find(stored.EntryId)?.Question ?? stored.EntryId);
    }

    /// <summary>The entry a question was added to as a phrasing, or null.</summary>
    public async Task<FaqEntry?> AddedToAsync(string text, CancellationToken ct) =>
        await store.FindAsync(text, ct) is { } stored ? indexes.KnowledgeBase.Find(stored.EntryId) : null;

    /// <summary>The entry to preselect: the one the question best matched, none when it is out of scope.</summary>
    public async Task<string?> SuggestedEntryAsync(string question, CancellationToken ct)
    {
        var answer = (await indexes.CurrentAsync(ct)).Answer(question);
        return answer.Best?.Id ?? (answer.IsOutOfScope || answer.Closest.Count == 0 ? null : answer.Closest[0].Entry.Id);
    }

    /// <summary>The ticket card's FAQ part: added already (to which entry), or the entries with the best match preselected.</summary>
    public async Task<TicketPhrasingState> TicketStateAsync(TicketRecord ticket, CancellationToken ct) =>
        await AddedToAsync(ticket.Question, ct) is { } added
            ? new TicketPhrasingState([], null, added)
            : new TicketPhrasingState(indexes.KnowledgeBase.Entries, await SuggestedEntryAsync(ticket.Question, ct), null);
}
