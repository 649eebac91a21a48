using Azure;
using Azure.Data.Tables;
using CoopBot.Storage;

namespace CoopBot.MeetingChat;

/// <summary>A Teams meeting chat linked to the vergadering CoopBot planned (found by its join link at meeting start).</summary>
internal sealed record MeetingChatLink(string ConversationId, string SteeringGroupId, string MeetingId);

/// <summary>
/// Table <c>MeetingChats</c>, one partition per meeting chat: the link row and one row per decision started in the chat.
/// Both are upserts of fixed keys, so a redelivered activity writes nothing new.
/// </summary>
internal sealed class MeetingChatLinks(ITableClientProvider tables)
{
    public const string TableName = "MeetingChats";
    private const string LinkRow = "link";
    private const string PollPrefix = "poll|";
    private const string ClaimPrefix = "done|";

    public async Task SaveAsync(MeetingChatLink link, CancellationToken ct)
    {
        var row = new TableEntity(TableKey.Encode(link.ConversationId), LinkRow) { ["SteeringGroupId"] = link.SteeringGroupId, ["MeetingId"] = link.MeetingId };
        await (await tables.GetTableAsync(TableName, ct)).UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    public async Task<MeetingChatLink?> FindAsync(string conversationId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var row = await table.GetEntityOrNullAsync(TableKey.EncodeOrNull(conversationId), LinkRow, cancellationToken: ct);
        return row is null ? null : new MeetingChatLink(conversationId, row.GetString("SteeringGroupId") ?? string.Empty, row.GetString("MeetingId") ?? string.Empty);
    }

    public async Task AddPollAsync(string conversationId, string pollId, CancellationToken ct)
    {
        var row = new TableEntity(TableKey.Encode(conversationId), PollPrefix + TableKey.Encode(pollId));
        await (await tables.GetTableAsync(TableName, ct)).UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    /// <summary>Claims a one-time post in the chat (insert; 409 means it was done before): false when already claimed.</summary>
    public async Task<bool> TryClaimAsync(string conversationId, string what, CancellationToken ct)
    {
        try
        {
            await (await tables.GetTableAsync(TableName, ct)).AddEntityAsync(new TableEntity(TableKey.Encode(conversationId), ClaimPrefix + TableKey.Encode(what)), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Releases a claim whose post failed, so a redelivery can try again.</summary>
    public async Task ReleaseAsync(string conversationId, string what, CancellationToken ct) =>
        await (await tables.GetTableAsync(TableName, ct)).DeleteEntityAsync(TableKey.Encode(conversationId), ClaimPrefix + TableKey.Encode(what), ETag.All, ct);

    /// <summary>The ids of the decisions started in the chat.</summary>
    public async Task<IReadOnlyList<string>> PollIdsAsync(string conversationId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var partition = TableKey.Encode(conversationId);
        // '}' follows '|' in ASCII: the range holds exactly the rows that start with "poll|".
        const string pollEnd = "poll}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {PollPrefix} and RowKey lt {pollEnd}");
        var ids = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            ids.Add(TableKey.Decode(row.RowKey[PollPrefix.Length..]));
        }

        return ids;
    }
}
