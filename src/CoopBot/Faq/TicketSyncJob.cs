using CoopBot.Common;
using CoopBot.Domain.Faq;
using CoopBot.Jobs;

namespace CoopBot.Faq;

/// <summary>
/// Durable follow-up of every ticket change: posts the ticket card to the community manager's conversation (first
/// run) or updates it, and delivers an answer to the asker 1:1 exactly once per answered revision. Safe to rerun.
/// </summary>
internal sealed class TicketSyncJob(TicketService tickets, ICommunityManagerLocator communityManager, ProactiveMessenger messenger, FaqIndex index, TimeProvider clock)
    : IJobHandler
{
    private static readonly TimeSpan RetryWithoutCommunityManager = TimeSpan.FromMinutes(5);

    public string JobType => TicketService.SyncJobType;

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        var ticket = await tickets.GetAsync(job.Payload, ct);
        if (ticket is null)
        {
            return JobResult.Done;
        }

        var card = TicketCards.ForCommunityManager(ticket, TicketCards.NearestEntryId(index, ticket.Question));
        if (ticket.Card is { } location)
        {
            await messenger.UpdateCardAsync(location, card, ct);
        }
        else
        {
            if (await communityManager.FindAsync(ct) is not { } cm)
            {
                return JobResult.RunAgainAt(clock.GetUtcNow() + RetryWithoutCommunityManager);
            }

            var posted = await messenger.SendCardAsync(cm.ServiceUrl, cm.ConversationId, cm.TenantId, card, ct);
            ticket = await tickets.RecordAsync(ticket.Id, t => t with { Card = posted }, ct) ?? ticket;
        }

        if (ticket.State.Status == TicketStatus.Answered && ticket.DeliveredRevision < ticket.Revision)
        {
            var asker = ticket.Asker;
            await messenger.SendPersonalCardAsync(asker.ServiceUrl, asker.TeamsUserId, asker.TenantId, TicketCards.ForAsker(ticket), ct);
            var revision = ticket.Revision;
            await tickets.RecordAsync(ticket.Id, t => t with { DeliveredRevision = Math.Max(t.DeliveredRevision, revision) }, ct);
        }

        return JobResult.Done;
    }
}
