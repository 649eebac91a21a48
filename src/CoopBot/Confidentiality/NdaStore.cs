using Azure.Data.Tables;
using CoopBot.Domain.Confidentiality;
using CoopBot.Storage;

namespace CoopBot.Confidentiality;

/// <summary>
/// Table "Ndas": one partition per stuurgroep. RowKey = the signer's AAD object id (lower case) holds their latest
/// acknowledgement; "~evt|…" rows are the append-only record of every signature (who, when, version, valid until),
/// keyed by the causing activity so a retried click is written once.
/// </summary>
internal sealed class NdaStore(ITableClientProvider tables)
{
    public const string TableName = "Ndas";
    private const string EventPrefix = "~evt|";

    public async Task<bool> RecordAsync(NdaAcknowledgement acknowledgement, string signerName, string activityKey, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var current = new TableEntity(acknowledgement.SteeringGroupId, Key(acknowledgement.PersonId))
        {
            ["Name"] = signerName,
            ["Version"] = acknowledgement.Version,
            ["SignedAt"] = acknowledgement.SignedAt,
            ["ValidUntil"] = acknowledgement.ValidUntil,
        };
        var evt = new TableEntity(acknowledgement.SteeringGroupId, EventPrefix + TableKey.Encode(activityKey))
        {
            ["PersonId"] = acknowledgement.PersonId,
            ["Name"] = signerName,
            ["Version"] = acknowledgement.Version,
            ["SignedAt"] = acknowledgement.SignedAt,
            ["ValidUntil"] = acknowledgement.ValidUntil,
        };
        try
        {
            await table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, evt), new TableTransactionAction(TableTransactionActionType.UpsertReplace, current)], ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<NdaAcknowledgement>> FindAsync(string steeringGroupId, string personId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var entity = await table.GetEntityOrNullAsync(steeringGroupId, Key(personId), cancellationToken: ct);
        return entity is null
            ? []
            : [new NdaAcknowledgement(personId, steeringGroupId, entity.GetInt32("Version") ?? 0, entity.GetDateTimeOffset("SignedAt") ?? DateTimeOffset.MaxValue, entity.GetDateTimeOffset("ValidUntil") ?? DateTimeOffset.MinValue)];
    }

    private static string Key(string personId) => personId.ToLowerInvariant();
}
