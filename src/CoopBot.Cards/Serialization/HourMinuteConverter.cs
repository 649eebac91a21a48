using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>Writes <see cref="TimeOnly"/> as <c>HH:mm</c>; the reference parser rejects seconds.</summary>
internal sealed class HourMinuteConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.ParseExact(reader.GetString() ?? string.Empty, Format, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
