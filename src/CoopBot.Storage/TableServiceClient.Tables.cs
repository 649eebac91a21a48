using System.Text.Json;
using Azure;
using Azure.Core;

namespace CoopBot.Storage;

public sealed partial class TableServiceClient
{
    /// <summary>Creates the table; returns true when created and false when it already existed.</summary>
    public Task<bool> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        TableAdmin.CreateAsync(Transport, tableName, cancellationToken);

    /// <summary>Deletes the table; returns false (no exception) when it did not exist, as Azure.Data.Tables does.</summary>
    public Task<bool> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        TableAdmin.DeleteAsync(Transport, tableName, cancellationToken);

    /// <summary>
    /// Cheap liveness probe for readiness checks: lists at most one table, which proves that the service
    /// answers and that authorization works. Throws <see cref="TableRequestFailedException"/> otherwise
    /// (status 0 when unreachable, 403 when the credentials are refused).
    /// </summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var message = Transport.CreateMessage(RequestMethod.Get, TablePaths.Tables);
        message.Request.Uri.AppendQuery("$top", "1");
        await Transport.SendAsync(message, cancellationToken);
    }

    /// <summary>Lists tables, optionally filtered (e.g. <c>TableName ge 'a' and TableName lt 'b'</c>), following continuation tokens.</summary>
    public AsyncPageable<TableItem> QueryTablesAsync(string? filter = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
    {
        TableClient.ValidatePageSize(maxPerPage);
        return new TablePageable<TableItem>((token, size, ct) => QueryTablesPageAsync(filter, size, token, ct), maxPerPage, cancellationToken);
    }

    private async Task<Page<TableItem>> QueryTablesPageAsync(string? filter, int? top, string? token, CancellationToken ct)
    {
        using var message = Transport.CreateMessage(RequestMethod.Get, TablePaths.Tables);
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter);
        }

        if (top is { } t)
        {
            uri.AppendQuery("$top", t.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (token is not null)
        {
            uri.AppendQuery("NextTableName", token);
        }

        var response = await Transport.SendAsync(message, ct);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var tables = json.RootElement.GetProperty("value").EnumerateArray()
            .Select(t => new TableItem(t.GetProperty("TableName").GetString()!))
            .ToList();
        var next = response.Headers.TryGetValue("x-ms-continuation-NextTableName", out var n) && n.Length > 0 ? n : null;
        return Page<TableItem>.FromValues(tables, next, response);
    }
}
