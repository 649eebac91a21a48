using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Escalation;

namespace CoopBot.Escalation;

/// <summary>Puts the current escalation status on every view of a proposal with an amount (one point read; none for other polls).</summary>
internal sealed class EscalationStatusSource(EscalationStore store, IDecisionLookup decisions) : IDecisionStatusSource
{
    public async Task<DecisionStatusSection?> GetSectionAsync(DecisionSummary poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { } found ? EscalationCards.Section(found.Record, decisions.TimeZone) : null;

    public async Task<string?> GetRegisterStatusAsync(DecisionSummary poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { Record.State.Status: not (EscalationStatus.Concept or EscalationStatus.Stemming) } found
            ? EscalationNames.Describe(found.Record.State)
            : null;
}
