using Azure;

namespace CoopBot.Storage;

/// <summary>An entity with the same PartitionKey and RowKey already exists (HTTP 409 `EntityAlreadyExists`).</summary>
public sealed class TableEntityAlreadyExistsException : TableRequestFailedException
{
    /// <summary>Creates an exception with a message.</summary>
    public TableEntityAlreadyExistsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TableEntityAlreadyExistsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TableEntityAlreadyExistsException(Response response)
        : base(response)
    {
    }
}
