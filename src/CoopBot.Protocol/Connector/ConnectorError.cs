using System.Text.Json;

namespace CoopBot.Protocol.Connector;

/// <summary>The <c>{ "error": { "code", "message" } }</c> body of a failed Connector call.</summary>
/// <param name="Code">Error code.</param>
/// <param name="Message">Error message.</param>
/// <param name="SubCode">Teams sub-code, e.g. <c>MessageWritesBlocked</c>.</param>
public sealed record ConnectorError(string? Code, string? Message, string? SubCode)
{
    /// <summary>Reads an error body; unknown or non-JSON bodies give an empty error.</summary>
    public static ConnectorError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ConnectorError(null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ConnectorError(null, null, null);
            }

            var error = root.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            return new ConnectorError(
                ReadString(error, "code"),
                ReadString(error, "message"),
                ReadString(error, "subCode") ?? ReadString(root, "subCode"));
        }
        catch (JsonException)
        {
            return new ConnectorError(null, null, null);
        }
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
