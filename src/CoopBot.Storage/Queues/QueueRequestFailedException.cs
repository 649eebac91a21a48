using Azure;

namespace CoopBot.Storage.Queues;

/// <summary>A Queue service request failed; <see cref="RequestFailedException.Status"/> is 0 when the service was unreachable.</summary>
public sealed class QueueRequestFailedException : RequestFailedException
{
    /// <summary>Creates the exception.</summary>
    public QueueRequestFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public QueueRequestFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with status and the service's error code.</summary>
    public QueueRequestFailedException(int status, string message, string? errorCode, Exception? innerException)
        : base(status, message, errorCode, innerException)
    {
    }
}
