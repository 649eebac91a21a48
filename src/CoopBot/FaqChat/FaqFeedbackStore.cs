using Azure.Data.Tables;
using Azure;
using CoopBot.Storage;

namespace CoopBot.FaqChat;

/// <summary>One feedback entity per user and answer (PartitionKey = entry id, RowKey = user): the first vote counts.</summary>
internal sealed class FaqFeedbackStore(ITableClientProvider tables, TimeProvider clock)
{
    public const string TableName = "FaqFeedback";

    /// <summary>Stores the feedback; false when this user already gave feedback on this answer (409: already done).</summary>
    public async Task<bool> RecordAsync(string entryId, string userId, string userName, bool helpful, string? question, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var entity = new TableEntity(entryId, TableKey.Encode(userId))
        {
            ["Helpful"] = helpful,
            ["UserName"] = userName,
            ["Question"] = question,
            ["At"] = clock.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>All feedback on one entry (for reports and tests).</summary>
    public async Task<IReadOnlyList<(string UserKey, bool Helpful)>> GetAsync(string entryId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var result = new List<(string, bool)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {entryId}"), cancellationToken: ct))
        {
            result.Add((entity.RowKey, entity.GetBoolean("Helpful") ?? false));
        }

        return result;
    }
}
