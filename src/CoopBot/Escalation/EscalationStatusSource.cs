using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Domain.Escalation;
using Microsoft.Extensions.Options;

namespace CoopBot.Escalation;

/// <summary>Puts the current escalation status on every view of a proposal with an amount (one point read; none for other polls).</summary>
internal sealed class EscalationStatusSource(EscalationStore store, IOptions<DecisionsOptions> decisionOptions) : IDecisionStatusSource
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(decisionOptions.Value.TimeZone);

    public async Task<DecisionStatusSection?> GetSectionAsync(PollRecord poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { } found ? EscalationCards.Section(found.Record, _zone) : null;

    public async Task<string?> GetRegisterStatusAsync(PollRecord poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { Record.State.Status: not (EscalationStatus.Concept or EscalationStatus.Stemming) } found
            ? EscalationNames.Describe(found.Record.State)
            : null;
}
