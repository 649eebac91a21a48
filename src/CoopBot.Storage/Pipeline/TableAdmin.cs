using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Core;

namespace CoopBot.Storage;

/// <summary>Table-level REST operations shared by <see cref="TableServiceClient"/> and <see cref="TableClient"/>.</summary>
internal static partial class TableAdmin
{
    public static void ValidateName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        if (!TableNamePattern().IsMatch(tableName) || tableName.Equals("Tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"'{tableName}' is not a valid table name: 3–63 letters or digits, starting with a letter, not 'Tables'.",
                nameof(tableName));
        }
    }

    /// <summary>Returns true when created, false when it already existed.</summary>
    public static async Task<bool> CreateAsync(TableTransport transport, string tableName, CancellationToken ct)
    {
        ValidateName(tableName);
        using var message = transport.CreateMessage(RequestMethod.Post, TablePaths.Tables);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableTransport.SetJson(message, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = tableName }));
        var response = await transport.SendAsync(message, ct, tolerated: 409);
        if (response.Status != 409)
        {
            return true;
        }

        // 409 can also mean TableBeingDeleted, which must not pass as "exists".
        return TableErrorParser.ParseBody(response.Content).Code is TableErrors.TableAlreadyExists
            ? false
            : throw TableErrors.FromResponse(response);
    }

    /// <summary>Returns true when deleted, false when the table did not exist (delete is idempotent).</summary>
    public static async Task<bool> DeleteAsync(TableTransport transport, string tableName, CancellationToken ct)
    {
        ValidateName(tableName);
        using var message = transport.CreateMessage(RequestMethod.Delete, TablePaths.Table(tableName));
        var response = await transport.SendAsync(message, ct, tolerated: 404);
        return response.Status != 404;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
