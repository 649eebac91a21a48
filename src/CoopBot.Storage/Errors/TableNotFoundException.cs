using Azure;

namespace CoopBot.Storage;

/// <summary>The table does not exist (HTTP 404 `TableNotFound`).</summary>
public sealed class TableNotFoundException : TableRequestFailedException
{
    /// <summary>Creates an exception with a message.</summary>
    public TableNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TableNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TableNotFoundException(Response response)
        : base(response)
    {
    }
}
