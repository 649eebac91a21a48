using CoopBot.Decisions.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>Decisions as other features read them (<see cref="IDecisionLookup"/>), and the time zone they are shown in.</summary>
internal sealed class DecisionLookup(DecisionPolls polls, IOptions<DecisionsOptions> options) : IDecisionLookup
{
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<DecisionSummary?> FindAsync(string pollId, CancellationToken ct) =>
        (await polls.GetAsync(pollId, cached: false, ct))?.ToSummary();
}
