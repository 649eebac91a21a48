using System.Text.Json.Nodes;

namespace CoopBot.Protocol.Schema;

/// <summary>The one place that builds answers to <c>adaptiveCard/action</c> invokes.</summary>
public static class AdaptiveCardInvokeResponseFactory
{
    /// <summary>Type of a plain message answer.</summary>
    public const string MessageContentType = "application/vnd.microsoft.activity.message";

    /// <summary>Type of an error answer.</summary>
    public const string ErrorContentType = "application/vnd.microsoft.error";

    private const int HttpOk = 200;

    /// <summary>Replaces the card (for the invoking user) with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Wrap(HttpOk, Attachment.AdaptiveCardContentType, card);
    }

    /// <summary>Shows <paramref name="text"/> to the user and leaves the card unchanged.</summary>
    public static InvokeResponse Message(string text) => Wrap(HttpOk, MessageContentType, text);

    /// <summary>A 400 error with code <c>BadRequest</c> and a message shown to the user.</summary>
    public static InvokeResponse BadRequest(string message) => Error(400, "BadRequest", message);

    /// <summary>
    /// HTTP 400 with a <c>BadRequest</c> error body: the request itself is unusable (the adapter's identifier check),
    /// as opposed to <see cref="BadRequest"/>, a well-formed request whose action data a route refused.
    /// </summary>
    public static InvokeResponse MalformedRequest(string message)
    {
        var response = BadRequest(message);
        response.Status = 400;
        return response;
    }

    /// <summary>An error answer with the given client status code, error code and user message.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Wrap(statusCode, ErrorContentType, new InvokeError { Code = code, Message = message });

    /// <summary>HTTP 501 without body: the invoke is not handled (what Teams expects for unknown invokes).</summary>
    public static InvokeResponse NotImplemented() => new() { Status = 501 };

    private static InvokeResponse Wrap(int statusCode, string type, object value) => new()
    {
        Status = HttpOk,
        Body = new AdaptiveCardInvokeResponse { StatusCode = statusCode, Type = type, Value = value },
    };
}
