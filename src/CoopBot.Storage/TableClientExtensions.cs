using Azure;
using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>The few calls the SDK shapes differently from how the features use them.</summary>
public static class TableClientExtensions
{
    private const string TableNotFound = "TableNotFound";

    /// <summary>
    /// Reads one entity, or returns null when it does not exist. Unlike the SDK's
    /// <see cref="TableClient.GetEntityIfExistsAsync{T}"/> a missing table is an error (404 <c>TableNotFound</c>),
    /// not a missing row: tables are created at start, so that means wrong settings, and hiding it would lose data.
    /// Note that a <paramref name="select"/> list returns only those properties: the SDK adds no keys.
    /// A key that no row can have (null, too long, forbidden characters; e.g. an id from a card built by hand) names no
    /// row: null, without asking the service, so a lookup by a user-supplied id never fails on the table's key rules.
    /// </summary>
    public static async Task<TableEntity?> GetEntityOrNullAsync(
        this TableClient table, string? partitionKey, string? rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (partitionKey is null || rowKey is null || !TableKey.IsValid(partitionKey) || !TableKey.IsValid(rowKey))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        if (response.HasValue)
        {
            return response.Value;
        }

        var raw = response.GetRawResponse();
        if (raw.Headers.TryGetValue("x-ms-error-code", out var code) && code == TableNotFound
            || raw.Content?.ToString().Contains(TableNotFound, StringComparison.Ordinal) == true)
        {
            throw new RequestFailedException(raw);
        }

        return null;
    }

    /// <summary>The ETag of a write's response (Add, Upsert, Update): the SDK returns it only in the headers.</summary>
    public static ETag ETagOf(this Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.ETag ?? throw new RequestFailedException(response.Status, "The Table service returned no ETag.");
    }

    /// <summary>The new ETag of each action of a committed transaction, in order (default for deletes).</summary>
    public static IReadOnlyList<ETag> ETags(this Response<IReadOnlyList<Response>> transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return [.. transaction.Value.Select(r => r.Headers.ETag ?? default)];
    }

    /// <summary>
    /// Cheap liveness probe for readiness checks: lists at most one table, which proves that the service answers
    /// and that authorization works. Throws <see cref="RequestFailedException"/> otherwise (status 0 when unreachable).
    /// </summary>
    public static async Task PingAsync(this TableServiceClient service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        await foreach (var _ in service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            return;
        }
    }
}
