using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>The register contract (<see cref="IDecisionRegisterReader"/>, <see cref="IDecisionRegisterWriter"/>) over <see cref="DecisionRegister"/>.</summary>
internal sealed class DecisionRegisterReader(DecisionRegister register, IOptions<DecisionsOptions> options) : IDecisionRegisterReader, IDecisionRegisterWriter
{
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<IReadOnlyList<RegisterRow>> AllAsync(string? steeringGroupId, RegisterScope scope, CancellationToken ct) =>
        await register.AllAsync(steeringGroupId, scope, ct);

    public IAsyncEnumerable<RegisterRow> StreamAsync(
        string steeringGroupId, DateTimeOffset? from, DateTimeOffset? to, int pageSize, RegisterNarrowing? narrowing, CancellationToken ct) =>
        register.StreamAsync(steeringGroupId, from, to, pageSize, ct, narrowing);

    public Task RecordAsync(RegisterRow row, CancellationToken ct) => register.RecordAsync(row, ct);
}
