using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CoopBot.Domain.Registry;
using CoopBot.Storage;

namespace CoopBot.Registry;

/// <summary>A stored candidacy or objection, with what the bot needs to reach the submitter later.</summary>
internal sealed record StoredFeedback(CompositionFeedback Feedback, string? SubmitterTeamsId, string? TenantId);

/// <summary>
/// Candidacies and objections in table "CompositionFeedback", one row each in one partition. Insert is the idempotency
/// point (the id comes from the activity, so a retried submit hits 409); decisions are ETag-guarded replaces.
/// </summary>
internal sealed class FeedbackStore(ITableClientProvider tables)
{
    public const string TableName = "CompositionFeedback";
    private const string Partition = "feedback";

    /// <summary>Stores a new item; false when an earlier delivery of the same activity stored it already.</summary>
    public async Task<bool> AddAsync(StoredFeedback item, CancellationToken ct)
    {
        var table = await Table(ct);
        try
        {
            await table.AddEntityAsync(ToEntity(item), ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<(StoredFeedback Item, ETag ETag)?> GetAsync(string id, CancellationToken ct)
    {
        var table = await Table(ct);
        var entity = await table.GetEntityOrNullAsync(Partition, TableKey.EncodeOrNull(id), cancellationToken: ct);
        return entity is null ? null : (ToItem(entity), entity.ETag);
    }

    /// <summary>Replaces the item if nobody changed it since <paramref name="ifMatch"/>; throws on 412.</summary>
    public async Task UpdateAsync(StoredFeedback item, ETag ifMatch, CancellationToken ct)
    {
        var table = await Table(ct);
        await table.UpdateEntityAsync(ToEntity(item), ifMatch, TableUpdateMode.Replace, ct);
    }

    public async Task<IReadOnlyList<CompositionFeedback>> GetOfPersonAsync(string aadObjectId, CancellationToken ct)
    {
        var table = await Table(ct);
        var items = new List<CompositionFeedback>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and PersonId eq {aadObjectId}"), cancellationToken: ct))
        {
            items.Add(ToItem(entity).Feedback);
        }

        return items;
    }

    private static TableEntity ToEntity(StoredFeedback item)
    {
        var f = item.Feedback;
        return new TableEntity(Partition, TableKey.Encode(f.Id))
        {
            ["Kind"] = f.Kind.ToString(),
            ["SteeringGroupId"] = f.SteeringGroupId,
            ["PersonId"] = f.PersonId,
            ["PersonName"] = f.PersonName,
            ["OrganisationId"] = f.OrganisationId,
            ["Motivation"] = f.Motivation,
            ["SubmittedAt"] = f.SubmittedAt,
            ["Status"] = f.Status.ToString(),
            ["DecidedBy"] = f.DecidedBy,
            ["DecidedAt"] = f.DecidedAt,
            ["SubmitterTeamsId"] = item.SubmitterTeamsId,
            ["TenantId"] = item.TenantId,
        };
    }

    private static StoredFeedback ToItem(TableEntity e) => new(
        new CompositionFeedback(
            TableKey.Decode(e.RowKey),
            Enum.Parse<FeedbackKind>(e.GetString("Kind") ?? nameof(FeedbackKind.Kandidatuur)),
            e.GetString("SteeringGroupId") ?? string.Empty,
            e.GetString("PersonId") ?? string.Empty,
            e.GetString("PersonName") ?? string.Empty,
            e.GetString("OrganisationId") ?? string.Empty,
            e.GetString("Motivation") ?? string.Empty,
            e.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue,
            Enum.Parse<FeedbackStatus>(e.GetString("Status") ?? nameof(FeedbackStatus.Ingediend)),
            e.GetString("DecidedBy"),
            e.GetDateTimeOffset("DecidedAt")),
        e.GetString("SubmitterTeamsId"),
        e.GetString("TenantId"));

    private Task<TableClient> Table(CancellationToken ct) => tables.GetTableAsync(TableName, ct);

    /// <summary>A short stable id from the activity key, so a redelivered submit maps to the same row.</summary>
    public static string IdFor(string activityKey) =>
        "fb" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(activityKey)))[..20].ToLower(CultureInfo.InvariantCulture);
}
