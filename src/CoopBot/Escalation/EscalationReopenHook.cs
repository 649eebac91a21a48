using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>
/// Reopening a proposal with an amount (domain rules <see cref="EscalationMachine.CanReopenVote"/> and
/// <see cref="EscalationMachine.ReopenVote"/>): refused once the stuurgroep approved it; a rejected vote goes back to
/// Stemming with its own audit event.
/// </summary>
internal sealed class EscalationReopenHook(EscalationStore store, EscalationTransitions transitions) : IDecisionReopenHook
{
    public async Task<Rejection?> CanReopenAsync(DecisionSummary poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { } found ? EscalationMachine.CanReopenVote(found.Record.State) : null;

    // Only a Verworpen state changes; for any other state the domain refuses the step and nothing is written.
    public async Task OnReopenedAsync(DecisionSummary poll, Actor actor, string activityKey, CancellationToken ct)
    {
        if (poll.Definition.Amount is not null)
        {
            await transitions.TransitionAsync(poll.Id, $"{activityKey}|{EscalationEventTypes.VoteReopened}", EscalationEventTypes.VoteReopened, actor.Name,
                (record, now) => EscalationMachine.ReopenVote(record.State, actor.AadObjectId ?? "bot", now), null, ct);
        }
    }
}
