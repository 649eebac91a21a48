using CoopBot.Common;
using CoopBot.Domain.Faq;
using CoopBot.Domain.Registry;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.FaqChat;

/// <summary>
/// Durable follow-up of every ticket change: posts the ticket card to the community manager's conversation (first
/// run) or updates it, and delivers an answer to the asker 1:1 once per answered revision. Safe to rerun.
/// </summary>
internal sealed class TicketSyncJob(TicketService tickets, IMembershipDirectory directory, ProactiveMessenger messenger, FaqPhrasingService phrasings, TimeProvider clock)
    : IJobHandler
{
    // No community manager conversation or no serviceUrl for the tenant yet: the registry or a first activity fixes that.
    private static readonly TimeSpan RetryWithoutAddress = TimeSpan.FromMinutes(5);

    public string JobType => TicketService.SyncJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        var ticket = await tickets.GetAsync(job.Payload, ct);
        if (ticket is null)
        {
            return JobResult.Done;
        }

        try
        {
            ticket = await SyncCardAsync(ticket, ct);
            if (ticket.State.Status == TicketStatus.Answered && ticket.DeliveredRevision < ticket.Revision)
            {
                await DeliverAnswerAsync(ticket, ct);
            }
        }
        catch (ProactiveTargetException)
        {
            return JobResult.RunAgainAt(clock.GetUtcNow() + RetryWithoutAddress);
        }

        return JobResult.Done;
    }

    private async Task<TicketRecord> SyncCardAsync(TicketRecord ticket, CancellationToken ct)
    {
        var card = TicketCards.ForCommunityManager(ticket, await phrasings.TicketStateAsync(ticket, ct));
        if (ticket.Card is { } location)
        {
            await messenger.UpdateCardAsync(location, card, ct);
            return ticket;
        }

        var target = (await directory.GetCommunityManagerAsync(ct))?.Conversation
            ?? throw new ProactiveTargetException("No conversation is configured for the community manager.");
        var serviceUrl = await messenger.ResolveServiceUrlAsync(target, ct);
        var sent = await messenger.SendCardAsync(target with { ServiceUrl = serviceUrl }, card, ct);
        var posted = new CardLocation(serviceUrl, target.ConversationId, sent.Id ?? string.Empty, null, target.TenantId);
        return await tickets.RecordAsync(ticket.Id, t => t with { Card = posted }, ct) ?? ticket;
    }

    private async Task DeliverAnswerAsync(TicketRecord ticket, CancellationToken ct)
    {
        var asker = ticket.Asker;
        var contact = await directory.FindContactAsync(asker.Id, ct) is { TeamsUserId: not null } known
            ? known
            : new PersonContact(new Person(asker.Id, asker.Name, string.Empty, string.Empty), asker.TeamsUserId);
        var chat = await messenger.OpenPersonalChatAsync(contact, asker.TenantId, ct);
        await messenger.SendCardAsync(chat, TicketCards.ForAsker(ticket), ct);
        var revision = ticket.Revision;
        await tickets.RecordAsync(ticket.Id, t => t with { DeliveredRevision = Math.Max(t.DeliveredRevision, revision) }, ct);
    }
}
