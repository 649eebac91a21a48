using Azure;

namespace CoopBot.Storage;

/// <summary>The If-Match ETag no longer matches the stored entity (HTTP 412 `UpdateConditionNotSatisfied`).</summary>
public sealed class TablePreconditionFailedException : TableRequestFailedException
{
    /// <summary>Creates an exception with a message.</summary>
    public TablePreconditionFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TablePreconditionFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TablePreconditionFailedException(Response response)
        : base(response)
    {
    }
}
