using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Escalation;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using Microsoft.Extensions.Options;

namespace CoopBot.Escalation;

/// <summary>
/// Sends and updates the escalation cards: the confirmation requests in each body's conversation (a channel or group chat
/// from the registry, else a 1:1 chat with every member), the stuurgroep's decision card, reminders and the community
/// manager's notice.
/// </summary>
internal sealed class EscalationNotifier(
    EscalationStore store,
    IDecisionLookup decisions,
    IDecisionRefresh decisionCards,
    IMembershipDirectory directory,
    ProactiveMessenger messenger,
    DeliveryLedger ledger,
    TimeProvider clock,
    IOptions<EscalationOptions> options)
{
    public async Task<ConfirmationView?> ViewAsync(string pollId, ConfirmingBody body, string? viewerAadObjectId, CancellationToken ct)
    {
        if (await store.GetAsync(pollId, ct) is not { } found || await decisions.FindAsync(pollId, ct) is not { } poll)
        {
            return null;
        }

        var contact = await directory.GetBodyAsync(body, ct);
        var group = await directory.FindSteeringGroupAsync(poll.SteeringGroupId, ct);
        var members = contact?.Members ?? [];
        var isMember = viewerAadObjectId is not null && members.Any(m => string.Equals(m.Person.AadObjectId, viewerAadObjectId, StringComparison.OrdinalIgnoreCase));
        var teamsIds = members.Select(m => m.TeamsUserId).OfType<string>().Distinct().ToList();
        return new ConfirmationView(poll, group?.Name ?? poll.SteeringGroupId, found.Record, body, teamsIds, isMember, decisions.TimeZone);
    }

    /// <summary>Posts the request card to every required body once (a body with a stored card location is skipped on a re-run).</summary>
    public async Task SendRequestsAsync(string pollId, CancellationToken ct)
    {
        if (await store.GetAsync(pollId, ct) is not { Record.State.Status: EscalationStatus.GoedgekeurdWachtOpBevestiging } found)
        {
            return;
        }

        var sent = (await store.GetCardsAsync(pollId, ct)).Select(c => c.Body).ToHashSet();
        foreach (var body in found.Record.State.Required.Order().Where(b => !sent.Contains(b)))
        {
            if (await ViewAsync(pollId, body, null, ct) is not { } view || await directory.GetBodyAsync(body, ct) is not { } contact)
            {
                continue;
            }

            foreach (var target in await TargetsAsync(contact, view.Poll.CardTenantId, ct))
            {
                var posted = await messenger.SendCardAsync(target, EscalationCards.Confirmation(view), ct);
                var serviceUrl = await messenger.ResolveServiceUrlAsync(target, ct);
                await store.AddCardAsync(pollId, body, new CardLocation(serviceUrl, target.ConversationId, posted.Id!, null, target.TenantId), ct);
            }
        }
    }

    /// <summary>After a confirmation or refusal: the stuurgroep's card and every confirmation card show the new status.</summary>
    public async Task RefreshCardsAsync(string pollId, CancellationToken ct)
    {
        await decisionCards.UpdateCardAsync(pollId, ct);
        foreach (var (body, location) in await store.GetCardsAsync(pollId, ct))
        {
            if (await ViewAsync(pollId, body, null, ct) is { } view)
            {
                await messenger.UpdateCardAsync(location, EscalationCards.Confirmation(view), ct);
            }
        }
    }

    /// <summary>
    /// The follow-up after N days: one reminder per pending body and one notice to the community manager. Each send goes
    /// through the delivery ledger, so restarts, retries and several instances never send it twice, and a failed send is
    /// retried by the job instead of lost.
    /// </summary>
    public async Task<DateTimeOffset?> FollowUpAsync(string pollId, CancellationToken ct)
    {
        var days = options.Value.ReminderAfterDays;
        if (await store.GetAsync(pollId, ct) is not { Record.State: { Status: EscalationStatus.GoedgekeurdWachtOpBevestiging, PendingSince: { } since } } found)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (!ConfirmationFollowUp.NeedsReminder(since, now, alreadyReminded: false, days))
        {
            return since.AddDays(days);
        }

        foreach (var body in found.Record.State.Pending)
        {
            if (await ViewAsync(pollId, body, null, ct) is { } view && await directory.GetBodyAsync(body, ct) is { } contact)
            {
                foreach (var target in await TargetsAsync(contact, view.Poll.CardTenantId, ct))
                {
                    await ledger.SendOnceAsync(
                        pollId, $"escalation-reminder|{body}|{target.ConversationId}", AfterCrash.SendAgain, token => messenger.SendCardAsync(target, EscalationCards.Reminder(view, days), token), ct);
                }
            }
        }

        if (await directory.GetCommunityManagerAsync(ct) is { } manager && await decisions.FindAsync(pollId, ct) is { } poll)
        {
            var group = await directory.FindSteeringGroupAsync(poll.SteeringGroupId, ct);
            await ledger.SendOnceAsync(pollId, "escalation-notice|community-manager", AfterCrash.SendAgain, async token =>
            {
                var target = manager.Conversation ?? await messenger.OpenPersonalChatAsync(manager.Person, poll.CardTenantId, token);
                await messenger.SendCardAsync(target, EscalationCards.CommunityManagerNotice(poll, group?.Name ?? poll.SteeringGroupId, found.Record, days, decisions.TimeZone), token);
            }, ct);
        }

        return null;
    }

    // The body's configured conversation; without one, a 1:1 chat with each member (seed 002 leaves the channel to the registry).
    private async Task<IReadOnlyList<ConversationTarget>> TargetsAsync(GoverningBodyContact contact, string? tenantId, CancellationToken ct)
    {
        if (contact.Conversation is { } conversation)
        {
            return [conversation];
        }

        var targets = new List<ConversationTarget>();
        foreach (var member in contact.Members.Where(m => m.TeamsUserId is not null))
        {
            targets.Add(await messenger.OpenPersonalChatAsync(member, tenantId, ct));
        }

        return targets;
    }
}
