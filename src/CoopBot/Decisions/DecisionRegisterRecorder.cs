using CoopBot.Decisions.Contracts;

namespace CoopBot.Decisions;

/// <summary>
/// Writes counted decisions into the register (<see cref="DecisionRegister"/>), with the status other features supply
/// (<see cref="IDecisionStatusSource"/>), and refreshes a decision when such a status changed (<see cref="IDecisionRefresh"/>).
/// </summary>
internal sealed class DecisionRegisterRecorder(
    DecisionRegister register, DecisionPolls polls, IEnumerable<IDecisionStatusSource> statusSources, SharedCardUpdater cards) : IDecisionRefresh
{
    public Task UpdateCardAsync(string pollId, CancellationToken ct) => cards.UpdateNowAsync(pollId, ct);

    /// <summary>Records a counted decision in the register again, e.g. after its escalation status changed.</summary>
    public async Task UpdateRegisterAsync(string pollId, CancellationToken ct)
    {
        if (await polls.GetAsync(pollId, cached: false, ct) is { Result: not null } poll)
        {
            await RecordAsync(poll, ct);
        }
    }

    /// <summary>The register entry of a counted decision (idempotent: the entry is replaced).</summary>
    public async Task RecordAsync(PollRecord poll, CancellationToken ct)
    {
        var result = poll.Result!;
        var summary = poll.ToSummary();
        string? status = null;
        foreach (var source in statusSources)
        {
            status ??= await source.GetRegisterStatusAsync(summary, ct);
        }

        var entry = new RegisterRow(
            poll.SteeringGroupId,
            poll.Id,
            poll.Definition.Kind.DisplayName,
            poll.Definition.Title,
            poll.CreatedAt,
            poll.State.ClosedAt ?? poll.State.ClosesAt,
            status ?? DecisionTexts.RegisterStatusDecided,
            DecisionTexts.OutcomeSummary(poll.Definition, result.ToTally()),
            result.Voters,
            result.Eligible,
            poll.Definition.Amount?.Cents,
            poll.Definition.Settings.Anonymous,
            poll.Confidential,
            poll.OutcomeStatement,
            poll.Reference);
        await register.RecordAsync(entry, ct);
    }
}
