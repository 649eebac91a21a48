using System.Text.Json;
using Azure;
using Azure.Core;

namespace CoopBot.Storage;

public sealed partial class TableClient
{
    private const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";

    /// <summary>
    /// Queries entities, following continuation tokens until the service has none left. Build
    /// <paramref name="filter"/> with <see cref="TableFilter.Create"/>; the service allows at most 15 comparisons
    /// per filter. Results come sorted by PartitionKey, then RowKey.
    /// </summary>
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        ValidatePageSize(maxPerPage);
        var selected = select?.ToList();
        return new TablePageable<TableEntity>(
            (token, size, ct) => QueryPageAsync(filter, size, selected, token, ct), maxPerPage, cancellationToken);
    }

    /// <summary>
    /// Page-level query that starts at <paramref name="continuationToken"/> (from a previous page's
    /// <see cref="Page{T}.ContinuationToken"/>, null for the first page). A page may be empty yet have a token.
    /// </summary>
    public IAsyncEnumerable<Page<TableEntity>> QueryPagesAsync(
        string? filter = null,
        int? maxPerPage = null,
        IEnumerable<string>? select = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default) =>
        QueryAsync(filter, maxPerPage, select, cancellationToken).AsPages(continuationToken, maxPerPage);

    private async Task<Page<TableEntity>> QueryPageAsync(
        string? filter, int? top, List<string>? select, string? continuationToken, CancellationToken ct)
    {
        using var message = _transport.CreateMessage(RequestMethod.Get, TablePaths.Query(Name));
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter);
        }

        AppendSelect(message, select);
        if (top is { } t)
        {
            uri.AppendQuery("$top", Invariant(t));
        }

        // The token values are opaque (Azurite: base64); pass them back verbatim, URL-encoded by AppendQuery.
        if (continuationToken is not null)
        {
            var parts = continuationToken.Split(' ', 2);
            uri.AppendQuery("NextPartitionKey", parts[0]);
            if (parts.Length == 2)
            {
                uri.AppendQuery("NextRowKey", parts[1]);
            }
        }

        var response = await _transport.SendAsync(message, ct);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entities = json.RootElement.GetProperty("value").EnumerateArray().Select(EntityJsonReader.Read).ToList();
        return Page<TableEntity>.FromValues(entities, ContinuationTokenOf(response), response);
    }

    /// <summary>Same shape as Azure.Data.Tables: "NextPartitionKey NextRowKey" (the tokens contain no spaces).</summary>
    private static string? ContinuationTokenOf(Response response)
    {
        if (!response.Headers.TryGetValue(NextPartitionKeyHeader, out var partition) || string.IsNullOrEmpty(partition))
        {
            return null;
        }

        return response.Headers.TryGetValue(NextRowKeyHeader, out var row) && !string.IsNullOrEmpty(row)
            ? partition + " " + row
            : partition;
    }
}
