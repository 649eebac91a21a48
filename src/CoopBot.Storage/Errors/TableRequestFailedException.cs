using Azure;

namespace CoopBot.Storage;

/// <summary>
/// A Table service request failed. <see cref="RequestFailedException.Status"/> is the HTTP status (0 when the
/// service could not be reached) and <see cref="RequestFailedException.ErrorCode"/> the service error code
/// (from <c>odata.error.code</c>, else the <c>x-ms-error-code</c> header).
/// </summary>
public class TableRequestFailedException : RequestFailedException
{
    /// <summary>Creates an exception with a message.</summary>
    public TableRequestFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TableRequestFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with explicit status and error code.</summary>
    public TableRequestFailedException(int status, string message, string? errorCode, Exception? innerException)
        : base(status, message, errorCode, innerException)
    {
    }

    /// <summary>Creates an exception from a failed response, parsing the Table service error body.</summary>
    internal TableRequestFailedException(Response response)
        : base(response, null, TableErrorParser.Instance)
    {
    }
}
