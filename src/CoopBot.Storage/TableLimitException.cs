namespace CoopBot.Storage;

/// <summary>
/// A key, entity or transaction breaks a Table service limit. Thrown before anything is sent, because Azurite
/// does not enforce every limit that Azure does (property count, entity size, batch partitions).
/// </summary>
public sealed class TableLimitException : ArgumentException
{
    /// <summary>Creates an exception with a message.</summary>
    public TableLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TableLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with a message and the name of the offending parameter.</summary>
    public TableLimitException(string message, string? paramName)
        : base(message, paramName)
    {
    }
}
