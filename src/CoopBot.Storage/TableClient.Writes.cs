using Azure;
using Azure.Core;

namespace CoopBot.Storage;

public sealed partial class TableClient
{
    private static readonly RequestMethod Merge = new("MERGE");

    /// <summary>Inserts a new entity and returns its ETag; throws <see cref="TableEntityAlreadyExistsException"/> on a duplicate key.</summary>
    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableLimits.ValidateEntity(entity);
        using var message = _transport.CreateMessage(RequestMethod.Post, Name);
        // 204 without echoing the entity back.
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableTransport.SetJson(message, EntityJsonWriter.ToUtf8(entity));
        return ETagOf(await _transport.SendAsync(message, cancellationToken));
    }

    /// <summary>Inserts or updates unconditionally (no If-Match): Replace = PUT, Merge = MERGE. Returns the new ETag.</summary>
    public Task<ETag> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, ifMatch: null, cancellationToken);

    /// <summary>
    /// Updates an existing entity if its ETag still equals <paramref name="ifMatch"/> (pass <see cref="ETag.All"/>
    /// for an unconditional update). Returns the new ETag. Throws <see cref="TablePreconditionFailedException"/>
    /// on a stale ETag and <see cref="TableEntityNotFoundException"/> when the entity does not exist.
    /// </summary>
    public Task<ETag> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("Pass the entity's ETag, or ETag.All for an unconditional update.", nameof(ifMatch));
        }

        return WriteAsync(entity, mode, ifMatch, cancellationToken);
    }

    /// <summary>
    /// Deletes an entity if its ETag equals <paramref name="ifMatch"/> (default: <see cref="ETag.All"/>, unconditional).
    /// Deleting an entity that does not exist succeeds silently, as in Azure.Data.Tables, so deletes are idempotent;
    /// a stale ETag on an existing entity throws <see cref="TablePreconditionFailedException"/>.
    /// </summary>
    public async Task DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        ValidateKeys(partitionKey, rowKey);
        using var message = _transport.CreateMessage(RequestMethod.Delete, TablePaths.Entity(Name, partitionKey, rowKey));
        message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, IfMatchValue(ifMatch));
        var response = await _transport.SendAsync(message, cancellationToken, tolerated: 404);
        if (response.Status == 404)
        {
            ThrowIfTableMissing(response);
        }
    }

    internal static string IfMatchValue(ETag etag) => etag == default ? ETag.All.ToString() : etag.ToString();

    internal static RequestMethod MethodFor(TableUpdateMode mode) => mode == TableUpdateMode.Replace ? RequestMethod.Put : Merge;

    private async Task<ETag> WriteAsync(TableEntity entity, TableUpdateMode mode, ETag? ifMatch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableLimits.ValidateEntity(entity);
        using var message = _transport.CreateMessage(MethodFor(mode), TablePaths.Entity(Name, entity.PartitionKey, entity.RowKey));
        // Without If-Match, PUT and MERGE insert a missing entity (upsert); with it they only update.
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, etag.ToString());
        }

        TableTransport.SetJson(message, EntityJsonWriter.ToUtf8(entity));
        return ETagOf(await _transport.SendAsync(message, ct));
    }

    private static ETag ETagOf(Response response) =>
        response.Headers.ETag ?? throw new TableRequestFailedException(response.Status, "The service returned no ETag.", null, null);
}
