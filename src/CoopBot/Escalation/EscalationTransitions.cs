using Azure.Data.Tables;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>The one way an escalation state changes: a domain step applied under the row's ETag, with its audit event.</summary>
internal sealed class EscalationTransitions(EscalationStore store, TimeProvider clock, ILogger<EscalationTransitions> logger)
{
    private const int MaxConcurrencyRetries = 5;

    /// <summary>Read-modify-write of the state under its ETag with its audit event; re-applies the rule when another writer won.</summary>
    public async Task<Result<EscalationRecord>> TransitionAsync(
        string pollId,
        string eventKey,
        string eventType,
        string actorName,
        Func<EscalationRecord, DateTimeOffset, Result<EscalationStep>> change,
        Func<EscalationRecord, EscalationStep, EscalationRecord>? apply,
        CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            if (await store.GetAsync(pollId, ct) is not { } found)
            {
                return EscalationTexts.NotFound;
            }

            var step = change(found.Record, clock.GetUtcNow());
            if (!step.IsSuccess)
            {
                return step.Rejection;
            }

            var next = (apply ?? ((r, s) => r))(found.Record, step.Value) with { State = step.Value.State };
            var t = step.Value.Transition;
            var evt = new EscalationEvent(eventKey, eventType, t.ActorId, actorName, t.At, t.From, t.To, t.Body, t.Reason);
            try
            {
                await store.UpdateAsync(next, found.ETag, evt, ct);
                logger.EscalationTransition(pollId, eventType, t.From, t.To, next.State.Tier, t.Body);
                return next;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 412)
            {
                // Someone else changed the state since we read it: read again and re-apply the rule.
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // The audit event exists: this exact change was applied by an earlier delivery of the same activity.
                return (await store.GetAsync(pollId, ct))!.Value.Record;
            }
        }

        throw new InvalidOperationException($"Escalation {pollId} kept changing during '{eventType}'.");
    }
}
