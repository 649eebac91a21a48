using System.Net;

namespace CoopBot.Protocol.Connector;

/// <summary>The Connector answered a call with an error status.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Sub-code Teams uses when the bot is blocked or uninstalled for the conversation.</summary>
    public const string MessageWritesBlockedCode = "MessageWritesBlocked";

    /// <summary>Creates the exception.</summary>
    public ConnectorException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from the parts of an error response.</summary>
    public ConnectorException(HttpStatusCode statusCode, ConnectorError error, string? correlationId)
        : base(Describe(statusCode, error, correlationId))
    {
        ArgumentNullException.ThrowIfNull(error);
        StatusCode = statusCode;
        ErrorCode = error.Code;
        ErrorMessage = error.Message;
        SubCode = error.SubCode;
        CorrelationId = correlationId;
    }

    /// <summary>HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary><c>error.code</c> of the body, e.g. <c>BadSyntax</c> or <c>MessageSizeTooBig</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary><c>error.message</c> of the body.</summary>
    public string? ErrorMessage { get; }

    /// <summary><c>subCode</c> of the body, when Teams sends one.</summary>
    public string? SubCode { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> header, for support requests.</summary>
    public string? CorrelationId { get; }

    /// <summary>403 because the bot was blocked or removed: stop writing to this conversation.</summary>
    public bool IsMessageWritesBlocked =>
        StatusCode == HttpStatusCode.Forbidden
        && (string.Equals(SubCode, MessageWritesBlockedCode, StringComparison.OrdinalIgnoreCase)
            || string.Equals(ErrorCode, MessageWritesBlockedCode, StringComparison.OrdinalIgnoreCase));

    private static string Describe(HttpStatusCode statusCode, ConnectorError error, string? correlationId) =>
        $"Bot Connector answered {(int)statusCode} {error.Code ?? statusCode.ToString()}"
        + (error.SubCode is null ? string.Empty : $" ({error.SubCode})")
        + (error.Message is null ? string.Empty : $": {error.Message}")
        + (correlationId is null ? string.Empty : $" [operation {correlationId}]");
}
