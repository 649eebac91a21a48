using CoopBot.Decisions;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>
/// Reopening a proposal with an amount (domain rule <see cref="EscalationMachine.ReopenVote"/>): refused once the
/// stuurgroep approved it (the bodies were asked, or it is final); a rejected vote goes back to Stemming with its own
/// audit event.
/// </summary>
internal sealed class EscalationReopenHook(EscalationStore store, EscalationTransitions transitions, TimeProvider clock) : IDecisionReopenHook
{
    public async Task<Rejection?> CanReopenAsync(PollRecord poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { Record.State: { Status: not (EscalationStatus.Stemming or EscalationStatus.Concept) } state }
            ? EscalationMachine.ReopenVote(state, "chair", clock.GetUtcNow()).Rejection
            : null;

    public async Task OnReopenedAsync(PollRecord poll, Actor actor, string activityKey, CancellationToken ct)
    {
        if (poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { Record.State.Status: EscalationStatus.Verworpen })
        {
            await transitions.TransitionAsync(poll.Id, $"{activityKey}|{EscalationEventTypes.VoteReopened}", EscalationEventTypes.VoteReopened, actor.Name,
                (record, now) => EscalationMachine.ReopenVote(record.State, actor.AadObjectId ?? "bot", now), null, ct);
        }
    }
}
