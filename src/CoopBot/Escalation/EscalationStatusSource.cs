using CoopBot.Decisions;
using Microsoft.Extensions.Options;

namespace CoopBot.Escalation;

/// <summary>Puts the current escalation status on every view of a proposal with an amount (one point read; none for other polls).</summary>
internal sealed class EscalationStatusSource(EscalationStore store, IOptions<DecisionsOptions> decisionOptions) : IDecisionStatusSource
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(decisionOptions.Value.TimeZone);

    public async Task<DecisionStatusSection?> GetSectionAsync(PollRecord poll, CancellationToken ct) =>
        poll.Definition.Amount is not null && await store.GetAsync(poll.Id, ct) is { } found ? EscalationCards.Section(found.Record, _zone) : null;
}
