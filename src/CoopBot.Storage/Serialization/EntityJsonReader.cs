using System.Globalization;
using System.Text.Json;
using Azure;

namespace CoopBot.Storage;

/// <summary>
/// Reads entities returned with <c>odata=minimalmetadata</c>: the <c>@odata.type</c> annotations restore
/// Int64, DateTime, Guid and Binary; unannotated numbers become Int32 when integral and in range, else double.
/// </summary>
internal static class EntityJsonReader
{
    private const string ETagProperty = "odata.etag";

    public static TableEntity Read(JsonElement json)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith("odata.", StringComparison.Ordinal) || name.EndsWith(EdmTypes.TypeAnnotationSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var edmType = json.TryGetProperty(name + EdmTypes.TypeAnnotationSuffix, out var t) ? t.GetString() : null;
            values[name] = ReadValue(property.Value, name == TableEntity.TimestampName ? EdmTypes.DateTime : edmType);
        }

        // The client always selects the keys, so their absence means a malformed response.
        var entity = new TableEntity(values);
        if (json.TryGetProperty(ETagProperty, out var etag) && etag.GetString() is { } tag)
        {
            entity.ETag = new ETag(tag);
        }

        return entity;
    }

    private static object? ReadValue(JsonElement value, string? edmType) => (value.ValueKind, edmType) switch
    {
        (JsonValueKind.Null, _) => null,
        (_, EdmTypes.Int64) => value.ValueKind == JsonValueKind.String
            ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetInt64(),
        (_, EdmTypes.Double) => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        (_, EdmTypes.DateTime) => EdmTypes.ParseDateTime(value.GetString()!),
        (_, EdmTypes.Guid) => Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        (_, EdmTypes.Binary) => value.GetBytesFromBase64(),
        (JsonValueKind.String, _) => value.GetString(),
        (JsonValueKind.True or JsonValueKind.False, _) => value.GetBoolean(),
        (JsonValueKind.Number, _) => ReadNumber(value),
        _ => throw new FormatException($"Unexpected JSON {value.ValueKind} in a table entity."),
    };

    private static object ReadNumber(JsonElement value)
    {
        var raw = value.GetRawText();
        var integral = raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
        return integral && value.TryGetInt32(out var i) ? (object)i : value.GetDouble();
    }
}
