using System.Text.Json;
using Azure;
using Azure.Core;

namespace CoopBot.Storage;

/// <summary>Reads <c>{"odata.error":{"code":..,"message":{"value":..}}}</c>, falling back to <c>x-ms-error-code</c>.</summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (code, message) = ParseBody(response.Content);
        code ??= response.Headers.TryGetValue("x-ms-error-code", out var header) ? header : null;
        error = code is null && message is null ? null : new ResponseError(code, message);
        return error is not null;
    }

    /// <summary>Also used for the inner responses of a failed batch.</summary>
    internal static (string? Code, string? Message) ParseBody(BinaryData? body)
    {
        if (body is null || body.ToMemory().IsEmpty)
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(body.ToMemory());
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("odata.error", out var odataError))
            {
                return (null, null);
            }

            var code = odataError.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = odataError.TryGetProperty("message", out var m)
                ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
                : null;
            return (code, message);
        }
        catch (JsonException)
        {
            // Proxies and load balancers may answer with HTML or plain text.
            return (null, null);
        }
    }
}
