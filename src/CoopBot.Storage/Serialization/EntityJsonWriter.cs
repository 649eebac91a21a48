using System.Globalization;
using System.Text.Json;

namespace CoopBot.Storage;

/// <summary>
/// Writes an entity as OData JSON with <c>@odata.type</c> annotations for every type JSON cannot carry
/// (Int64 as a string, DateTime, Guid, Binary) and for doubles, because <c>1.0</c> would otherwise be
/// written as <c>1</c> and stored as Int32.
/// </summary>
internal static class EntityJsonWriter
{
    public static byte[] ToUtf8(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, entity);
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in entity)
        {
            // Timestamp is service-owned; null means "absent" in Table storage.
            if (name != TableEntity.TimestampName && value is not null)
            {
                WriteProperty(writer, name, value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case long l:
                Annotated(writer, name, EdmTypes.Int64).WriteStringValue(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteDouble(Annotated(writer, name, EdmTypes.Double), d);
                break;
            case DateTimeOffset or DateTime:
                Annotated(writer, name, EdmTypes.DateTime).WriteStringValue(EdmTypes.FormatDateTime(EdmTypes.ToDateTimeOffset(value)));
                break;
            case Guid g:
                Annotated(writer, name, EdmTypes.Guid).WriteStringValue(g.ToString("D"));
                break;
            case byte[] bytes:
                Annotated(writer, name, EdmTypes.Binary).WriteBase64StringValue(bytes);
                break;
            default:
                throw new ArgumentException($"Property '{name}': type {value.GetType().Name} is not supported.");
        }
    }

    private static Utf8JsonWriter Annotated(Utf8JsonWriter writer, string name, string edmType)
    {
        writer.WriteString(name + EdmTypes.TypeAnnotationSuffix, edmType);
        writer.WritePropertyName(name);
        return writer;
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        // JSON has no NaN/Infinity; OData sends them as annotated strings.
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsInfinity(value))
        {
            writer.WriteStringValue(value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
