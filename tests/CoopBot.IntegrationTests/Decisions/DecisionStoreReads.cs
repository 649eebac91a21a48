using CoopBot.Decisions;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>Test reads of ballots by decision id: the store needs the decision itself, whose key opens sealed ballots.</summary>
internal static class DecisionStoreReads
{
    public static async Task<IReadOnlyList<BallotRecord>> GetBallotsAsync(this DecisionStore store, string pollId, CancellationToken ct) =>
        await store.GetBallotsAsync(await PollAsync(store, pollId, ct), ct);

    public static async Task<BallotRecord?> GetBallotAsync(this DecisionStore store, string pollId, string voterId, CancellationToken ct) =>
        await store.GetBallotAsync(await PollAsync(store, pollId, ct), voterId, ct);

    private static async Task<PollRecord> PollAsync(DecisionStore store, string pollId, CancellationToken ct) =>
        (await store.GetAsync(pollId, ct))?.Poll ?? throw new InvalidOperationException($"No decision {pollId}.");
}
