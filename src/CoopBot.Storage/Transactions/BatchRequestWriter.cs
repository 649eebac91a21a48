using System.Text;
using Azure.Core;

namespace CoopBot.Storage;

/// <summary>
/// Writes the multipart/mixed body of an entity group transaction: one batch holding exactly one change set,
/// each operation an embedded HTTP request with an absolute URL (Performing entity group transactions).
/// </summary>
internal static class BatchRequestWriter
{
    private const string Crlf = "\r\n";

    public static (byte[] Body, string ContentType) Write(Uri endpoint, string table, IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("D");
        var changeset = "changeset_" + Guid.NewGuid().ToString("D");
        var body = new StringBuilder();
        body.Append("--").Append(batch).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append(Crlf)
            .Append(Crlf);
        foreach (var action in actions)
        {
            body.Append("--").Append(changeset).Append(Crlf)
                .Append("Content-Type: application/http").Append(Crlf)
                .Append("Content-Transfer-Encoding: binary").Append(Crlf)
                .Append(Crlf);
            WriteOperation(body, endpoint, table, action);
        }

        body.Append("--").Append(changeset).Append("--").Append(Crlf)
            .Append("--").Append(batch).Append("--").Append(Crlf);
        return (Encoding.UTF8.GetBytes(body.ToString()), "multipart/mixed; boundary=" + batch);
    }

    private static void WriteOperation(StringBuilder body, Uri endpoint, string table, TableTransactionAction action)
    {
        var entity = action.Entity;
        var entityUrl = endpoint.AbsoluteUri + TablePaths.Entity(table, entity.PartitionKey, entity.RowKey);
        var (method, url, ifMatch) = action.ActionType switch
        {
            TableTransactionActionType.Add => (RequestMethod.Post.Method, endpoint.AbsoluteUri + table, null),
            TableTransactionActionType.UpsertMerge => ("MERGE", entityUrl, null),
            TableTransactionActionType.UpsertReplace => (RequestMethod.Put.Method, entityUrl, null),
            TableTransactionActionType.UpdateMerge => ("MERGE", entityUrl, TableClient.IfMatchValue(action.ETag)),
            TableTransactionActionType.UpdateReplace => (RequestMethod.Put.Method, entityUrl, TableClient.IfMatchValue(action.ETag)),
            _ => (RequestMethod.Delete.Method, entityUrl, TableClient.IfMatchValue(action.ETag)),
        };
        var hasBody = action.ActionType != TableTransactionActionType.Delete;

        body.Append(method).Append(' ').Append(url).Append(" HTTP/1.1").Append(Crlf)
            .Append("Accept: ").Append(TableTransport.JsonAccept).Append(Crlf)
            .Append("DataServiceVersion: 3.0;").Append(Crlf);
        if (hasBody)
        {
            body.Append("Content-Type: application/json").Append(Crlf);
        }

        if (action.ActionType == TableTransactionActionType.Add)
        {
            body.Append("Prefer: return-no-content").Append(Crlf);
        }

        if (ifMatch is not null)
        {
            body.Append("If-Match: ").Append(ifMatch).Append(Crlf);
        }

        body.Append(Crlf);
        if (hasBody)
        {
            body.Append(Encoding.UTF8.GetString(EntityJsonWriter.ToUtf8(entity))).Append(Crlf);
        }
    }
}
