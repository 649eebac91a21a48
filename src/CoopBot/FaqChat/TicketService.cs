using System.Security.Cryptography;
using System.Text;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Faq;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.FaqChat;

/// <summary>
/// Ticket use cases: create, take, answer, reopen. Every change is ETag-guarded and schedules the durable sync job,
/// which posts or updates the community manager's card and delivers the answer to the asker 1:1.
/// </summary>
internal sealed class TicketService(TicketStore store, IMembershipDirectory directory, IJobScheduler jobs, TimeProvider clock)
{
    public const string SyncJobType = "faq.ticket-sync";

    public async Task<Result<TicketRecord>> CreateAsync(string question, TicketAsker asker, string activityKey, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return TicketTexts.EmptyQuestion;
        }

        if (await directory.GetCommunityManagerAsync(ct) is not { Conversation: not null })
        {
            return TicketTexts.NoCommunityManager;
        }

        var now = clock.GetUtcNow();
        var ticket = new TicketRecord(TicketIdFor(activityKey), FaqCards.Clip(question), asker, now, TicketState.New, 0, 0, null);
        var created = TicketEntities.ToEvent(ticket.Id, activityKey, "create", asker.Id, null, ticket.State, now);
        if (!await store.CreateAsync(ticket, created, ct))
        {
            // A retried delivery of the same click: the ticket exists already.
            return (await store.GetAsync(ticket.Id, ct))?.Ticket is { } existing ? existing : TicketTexts.Conflict;
        }

        await ScheduleSyncAsync(ticket, ct);
        return ticket;
    }

    public Task<Result<TicketRecord>> TakeAsync(string? ticketId, Actor actor, string activityKey, CancellationToken ct) =>
        ChangeAsync(ticketId, actor, activityKey, "take", (t, isCm) => TicketLifecycle.Take(t.State, actor.AadObjectId ?? string.Empty, actor.Name, isCm), ct);

    public Task<Result<TicketRecord>> AnswerAsync(string? ticketId, Actor actor, string? answer, string activityKey, CancellationToken ct) =>
        ChangeAsync(ticketId, actor, activityKey, "answer", (t, isCm) => TicketLifecycle.Answer(t.State, actor.AadObjectId ?? string.Empty, isCm, answer, clock.GetUtcNow()), ct);

    public Task<Result<TicketRecord>> ReopenAsync(string? ticketId, Actor actor, string activityKey, CancellationToken ct) =>
        ChangeAsync(ticketId, actor, activityKey, "reopen", (t, isCm) => TicketLifecycle.Reopen(t.State, isCm || (actor.AadObjectId is { } id && id == t.Asker.Id)), ct);

    public Task<IReadOnlyList<TicketRecord>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    public async Task<TicketRecord?> GetAsync(string? ticketId, CancellationToken ct) =>
        ticketId is null ? null : (await store.GetAsync(ticketId, ct))?.Ticket;

    /// <summary>Sets the card location or the delivered revision, re-reading on a concurrent change.</summary>
    public async Task<TicketRecord?> RecordAsync(string ticketId, Func<TicketRecord, TicketRecord> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await store.GetAsync(ticketId, ct) is not var (ticket, etag))
            {
                return null;
            }

            var changed = change(ticket);
            if (await store.UpdateAsync(changed, etag, null, ct) == TicketWrite.Written)
            {
                return changed;
            }
        }

        throw new InvalidOperationException($"Ticket {ticketId} kept changing while recording its delivery.");
    }

    private async Task<Result<TicketRecord>> ChangeAsync(
        string? ticketId, Actor actor, string activityKey, string action, Func<TicketRecord, bool, Result<TicketState>> transition, CancellationToken ct)
    {
        if (ticketId is null || await store.GetAsync(ticketId, ct) is not var (ticket, etag))
        {
            return TicketTexts.TicketNotFound;
        }

        // Card data is never trusted: whether the actor is the community manager comes from the registry.
        var cm = await directory.GetCommunityManagerAsync(ct);
        var isCommunityManager = cm is not null && actor.AadObjectId is { } id && id == cm.Person.Person.AadObjectId;
        var next = transition(ticket, isCommunityManager);
        if (!next.IsSuccess)
        {
            return next.Rejection;
        }

        var changed = ticket with { State = next.Value, Revision = ticket.Revision + 1 };
        var evt = TicketEntities.ToEvent(ticket.Id, activityKey, action, actor.AadObjectId ?? actor.Name, ticket.State, changed.State, clock.GetUtcNow());
        if (await store.UpdateAsync(changed, etag, evt, ct) == TicketWrite.Conflict)
        {
            return TicketTexts.Conflict;
        }

        await ScheduleSyncAsync(changed, ct);
        return changed;
    }

    private Task ScheduleSyncAsync(TicketRecord ticket, CancellationToken ct) =>
        jobs.ScheduleAsync(SyncJobType, $"{ticket.Id}|{ticket.Revision}", clock.GetUtcNow(), ticket.Id, ct);

    // The same click delivered twice (Teams retries) maps to the same ticket id, so it is stored once.
    private static string TicketIdFor(string activityKey) =>
        "V-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(activityKey)))[..10];
}
