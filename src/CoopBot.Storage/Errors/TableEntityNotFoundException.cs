using Azure;

namespace CoopBot.Storage;

/// <summary>The entity does not exist (HTTP 404 other than TableNotFound).</summary>
public sealed class TableEntityNotFoundException : TableRequestFailedException
{
    /// <summary>Creates an exception with a message.</summary>
    public TableEntityNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TableEntityNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TableEntityNotFoundException(Response response)
        : base(response)
    {
    }
}
