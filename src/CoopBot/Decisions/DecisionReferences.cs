using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CoopBot.Domain.Decisions;
using CoopBot.Storage;

namespace CoopBot.Decisions;

/// <summary>
/// Hands out the short references (<see cref="DecisionReference"/>) and finds a decision by one. Table
/// <c>DecisionReferences</c>, one partition per code and year ("BI|2026"): a counter row ("~next"), one claim row per
/// decision ("id|{pollId}") and one lookup row per number ("nr|000014"). Allocating is one batch in that partition:
/// the counter replaced under its ETag plus both new rows. A concurrent allocation makes the batch fail with 412 (the
/// counter moved: read and try the next number) or 409 (this decision got its number meanwhile, e.g. a redelivery of
/// the creating activity: read that one). So every decision gets exactly one number, numbers are never shared, and
/// several instances need no coordination beyond the table. Keyed by code, not stuurgroep id: should two ids ever
/// derive the same code, they share one sequence and references stay unique.
/// </summary>
internal sealed class DecisionReferences(ITableClientProvider tables)
{
    public const string TableName = "DecisionReferences";
    private const string CounterRow = "~next";
    private const string ClaimPrefix = "id|";
    private const string NumberPrefix = "nr|";
    private const int MaxAttempts = 50;

    /// <summary>The reference of <paramref name="pollId"/>: the one it already has, else the next number of its code and year.</summary>
    public async Task<DecisionReference> AllocateAsync(string steeringGroupId, string pollId, int year, CancellationToken ct)
    {
        var code = SteeringGroupCodes.For(steeringGroupId);
        var partition = Partition(code, year);
        var table = await tables.GetTableAsync(TableName, ct);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await ClaimedAsync(table, partition, pollId, code, year, ct) is { } existing)
            {
                return existing;
            }

            var counter = await table.GetEntityOrNullAsync(partition, CounterRow, cancellationToken: ct);
            var next = (counter?.GetInt32("Next") ?? 0) + 1;
            var counterRow = new TableEntity(partition, CounterRow) { ["Next"] = next };
            TableTransactionAction bump = counter is null
                ? new(TableTransactionActionType.Add, counterRow)
                : new(TableTransactionActionType.UpdateReplace, counterRow, counter.ETag);
            try
            {
                await table.SubmitTransactionAsync(
                    [
                        bump,
                        new(TableTransactionActionType.Add, new TableEntity(partition, ClaimPrefix + TableKey.Encode(pollId)) { ["Sequence"] = next, ["SteeringGroupId"] = steeringGroupId }),
                        new(TableTransactionActionType.Add, new TableEntity(partition, NumberRow(next)) { ["PollId"] = pollId, ["SteeringGroupId"] = steeringGroupId }),
                    ],
                    ct);
                return new DecisionReference(code, year, next);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another allocation of this code and year won the race (or already numbered this decision): read again.
            }
        }

        throw new InvalidOperationException($"No reference for {pollId}: the counter {partition} kept changing.");
    }

    /// <summary>The decision id a reference stands for, or null when no decision has it.</summary>
    public async Task<string?> FindPollIdAsync(DecisionReference reference, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var row = await table.GetEntityOrNullAsync(Partition(reference.Code, reference.Year), NumberRow(reference.Sequence), cancellationToken: ct);
        return row?.GetString("PollId");
    }

    private static async Task<DecisionReference?> ClaimedAsync(TableClient table, string partition, string pollId, string code, int year, CancellationToken ct)
    {
        var claim = await table.GetEntityOrNullAsync(partition, ClaimPrefix + TableKey.Encode(pollId), cancellationToken: ct);
        return claim?.GetInt32("Sequence") is { } sequence ? new DecisionReference(code, year, sequence) : null;
    }

    private static string Partition(string code, int year) => string.Create(CultureInfo.InvariantCulture, $"{code}|{year:D4}");

    private static string NumberRow(int sequence) => NumberPrefix + sequence.ToString("D6", CultureInfo.InvariantCulture);
}
