using Azure;

namespace CoopBot.Storage;

/// <summary>
/// An entity group transaction was rolled back. <see cref="RequestFailedException.Status"/> and
/// <see cref="RequestFailedException.ErrorCode"/> are those of the failing operation, e.g. 409
/// <c>EntityAlreadyExists</c>, 412 <c>UpdateConditionNotSatisfied</c> or 404 <c>ResourceNotFound</c>.
/// </summary>
public sealed class TableTransactionFailedException : TableRequestFailedException
{
    /// <summary>Creates an exception with a message.</summary>
    public TableTransactionFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TableTransactionFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TableTransactionFailedException(int status, string message, string? errorCode, int? failedIndex, TableTransactionAction? failedAction)
        : base(status, message, errorCode, null)
    {
        FailedOperationIndex = failedIndex;
        FailedAction = failedAction;
    }

    /// <summary>Zero-based index of the operation that failed, when the service identified one.</summary>
    public int? FailedOperationIndex { get; }

    /// <summary>Same as <see cref="FailedOperationIndex"/>; the name Azure.Data.Tables uses.</summary>
    public int? FailedTransactionActionIndex => FailedOperationIndex;

    /// <summary>The action that failed, when the service identified one.</summary>
    public TableTransactionAction? FailedAction { get; }

    /// <summary>True for 409: the entity of an Add action already exists.</summary>
    public bool IsConflict => Status == 409;

    /// <summary>True for 412: an Update or Delete action's ETag was stale.</summary>
    public bool IsPreconditionFailed => Status == 412;

    /// <summary>True for 404: an Update or Delete action targeted a missing entity (or the table is missing).</summary>
    public bool IsNotFound => Status == 404;
}
