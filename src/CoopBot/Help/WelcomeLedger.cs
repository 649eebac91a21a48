using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.Help;

/// <summary>
/// One welcome per conversation (issue 16 §1). Teams and the Agents Playground announce an install with both a
/// conversationUpdate and an installationUpdate, and the Playground repeats both on every page load; the insert of one
/// row per conversation (409: welcomed already) lets exactly one of them post the help card.
/// </summary>
internal sealed class WelcomeLedger(ITableClientProvider tables, TimeProvider clock)
{
    public const string TableName = "Welcomes";
    private const string Partition = "welcome";

    /// <summary>True for the first caller of a conversation; false when it was welcomed before.</summary>
    public async Task<bool> ClaimAsync(string conversationId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, TableKey.Encode(conversationId)) { ["At"] = clock.GetUtcNow() }, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Gives the claim back when the welcome could not be sent, so a later install event tries again.</summary>
    public async Task ReleaseAsync(string conversationId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        await table.DeleteEntityAsync(Partition, TableKey.Encode(conversationId), Azure.ETag.All, ct);
    }
}
