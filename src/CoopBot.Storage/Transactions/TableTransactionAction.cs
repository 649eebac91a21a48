using Azure;

namespace CoopBot.Storage;

/// <summary>One operation of a <see cref="TableClient.SubmitTransactionAsync"/> call.</summary>
public sealed class TableTransactionAction
{
    /// <summary>
    /// Creates an action. <paramref name="etag"/> guards Update* and Delete actions; the default means
    /// "any version" (<c>If-Match: *</c>). It is ignored for Add and Upsert*.
    /// </summary>
    public TableTransactionAction(TableTransactionActionType actionType, TableEntity entity, ETag etag = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!Enum.IsDefined(actionType))
        {
            throw new ArgumentOutOfRangeException(nameof(actionType), actionType, "Unknown transaction action type.");
        }

        ActionType = actionType;
        Entity = entity;
        ETag = etag;
    }

    /// <summary>The operation.</summary>
    public TableTransactionActionType ActionType { get; }

    /// <summary>The entity (only its keys are used for <see cref="TableTransactionActionType.Delete"/>).</summary>
    public TableEntity Entity { get; }

    /// <summary>The If-Match value for Update* and Delete actions.</summary>
    public ETag ETag { get; }
}
