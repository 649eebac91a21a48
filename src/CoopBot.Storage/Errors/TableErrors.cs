using Azure;

namespace CoopBot.Storage;

/// <summary>Maps a failed response to the most specific exception type.</summary>
internal static class TableErrors
{
    public const string TableNotFound = "TableNotFound";
    public const string TableAlreadyExists = "TableAlreadyExists";
    public const string EntityAlreadyExists = "EntityAlreadyExists";

    public static TableRequestFailedException FromResponse(Response response)
    {
        var code = TableErrorParser.Instance.TryParse(response, out var error, out _) ? error?.Code : null;
        return response.Status switch
        {
            404 when code == TableNotFound => new TableNotFoundException(response),
            // The service returns ResourceNotFound (the docs also list EntityNotFound) for a missing entity.
            404 => new TableEntityNotFoundException(response),
            409 when code is null or EntityAlreadyExists => new TableEntityAlreadyExistsException(response),
            412 => new TablePreconditionFailedException(response),
            _ => new TableRequestFailedException(response),
        };
    }

    /// <summary>Transport failures (refused, DNS, TLS, timeout) surface as status 0, like Azure.Core does.</summary>
    public static TableRequestFailedException Unreachable(Exception e) =>
        new(0, "The Table service could not be reached: " + e.Message, null, e);
}
