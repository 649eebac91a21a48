namespace CoopBot.Protocol.Schema;

/// <summary>
/// Body of an <c>adaptiveCard/action</c> answer, <c>{statusCode, type, value}</c>. The HTTP status stays 200;
/// the client reads <see cref="StatusCode"/>.
/// </summary>
public class AdaptiveCardInvokeResponse
{
    /// <summary>Status the client acts on (200, 400, 500, …).</summary>
    public int StatusCode { get; set; }

    /// <summary>Content type of <see cref="Value"/>.</summary>
    public string? Type { get; set; }

    /// <summary>A card, a message string or an <see cref="InvokeError"/>.</summary>
    public object? Value { get; set; }
}

/// <summary>The <c>{code, message}</c> value of an <c>application/vnd.microsoft.error</c> response.</summary>
public class InvokeError
{
    /// <summary>Machine-readable code, e.g. <c>BadRequest</c>.</summary>
    public string? Code { get; set; }

    /// <summary>Text shown to the user.</summary>
    public string? Message { get; set; }
}
