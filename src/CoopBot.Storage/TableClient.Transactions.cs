using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;

namespace CoopBot.Storage;

public sealed partial class TableClient
{
    /// <summary>
    /// Runs up to 100 actions on one partition of this table atomically and returns each action's new ETag
    /// (default for deletes), in order. The service rules (≤ 100 actions, one PartitionKey, each RowKey once,
    /// ≤ 4 MiB) are checked before sending and throw <see cref="TableLimitException"/>; Azurite does not enforce
    /// all of them. When the service rolls the transaction back, <see cref="TableTransactionFailedException"/>
    /// tells which action failed and why.
    /// </summary>
    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.ToList();
        ValidateTransaction(list);
        var (body, contentType) = BatchRequestWriter.Write(_transport.Endpoint, Name, list);
        if (body.Length > TableLimits.MaxTransactionBodySize)
        {
            throw new TableLimitException($"The transaction body is {body.Length} bytes; the maximum is 4 MiB.", nameof(actions));
        }

        using var message = _transport.CreateMessage(RequestMethod.Post, TablePaths.Batch);
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await _transport.SendAsync(message, cancellationToken);
        var parts = BatchResponseReader.Read(response);
        if (parts.FirstOrDefault(p => p.Status >= 400) is { } failed)
        {
            throw Failure(failed, list);
        }

        if (parts.Count != list.Count)
        {
            throw new TableRequestFailedException(response.Status, $"The batch response has {parts.Count} results for {list.Count} actions.", null, null);
        }

        return [.. parts.Select(p => p.Headers.TryGetValue("ETag", out var etag) ? new ETag(etag) : default)];
    }

    private static void ValidateTransaction(List<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > TableLimits.MaxTransactionActions)
        {
            throw new TableLimitException($"A transaction holds 1 to 100 actions, not {actions.Count}.", nameof(actions));
        }

        if (actions.Contains(null!))
        {
            throw new ArgumentException("A transaction action is null.", nameof(actions));
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!string.Equals(action.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new TableLimitException("All actions of a transaction must share one PartitionKey.", nameof(actions));
            }

            if (!rowKeys.Add(action.Entity.RowKey))
            {
                throw new TableLimitException($"RowKey '{action.Entity.RowKey}' appears twice; each entity may appear once per transaction.", nameof(actions));
            }

            if (action.ActionType == TableTransactionActionType.Delete)
            {
                ValidateKeys(action.Entity.PartitionKey, action.Entity.RowKey);
            }
            else
            {
                TableLimits.ValidateEntity(action.Entity);
            }
        }
    }

    private static TableTransactionFailedException Failure(BatchPart failed, List<TableTransactionAction> actions)
    {
        var (code, serviceMessage) = TableErrorParser.ParseBody(BinaryData.FromString(failed.Body));
        code ??= failed.Headers.GetValueOrDefault("x-ms-error-code");
        var index = FailedIndex(serviceMessage, failed.Headers, actions.Count);
        var action = index is { } i ? actions[i] : null;
        var firstLine = serviceMessage?.Split('\n')[0].Trim();
        var where = action is null ? "" : $" at action {index} ({action.ActionType})";
        return new TableTransactionFailedException(
            failed.Status, $"Transaction rolled back{where}: {failed.Status} {code}: {firstLine}", code, index, action);
    }

    /// <summary>The service prefixes the message with the zero-based index; Azurite also sends a 1-based Content-ID.</summary>
    private static int? FailedIndex(string? message, IReadOnlyDictionary<string, string> headers, int count)
    {
        if (message is not null && IndexPrefix().Match(message) is { Success: true } m
            && int.TryParse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var index) && index < count)
        {
            return index;
        }

        return headers.TryGetValue("Content-ID", out var id) && int.TryParse(id, CultureInfo.InvariantCulture, out var oneBased)
            && oneBased >= 1 && oneBased <= count
            ? oneBased - 1
            : null;
    }

    [GeneratedRegex(@"^(\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPrefix();
}
