using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// Width of a <see cref="Column"/>: <c>"auto"</c>, <c>"stretch"</c>, a relative weight (a JSON number) or pixels
/// (<c>"80px"</c>), as in the schema.
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight)
    {
        Keyword = keyword;
        RelativeWeight = weight;
    }

    /// <summary>As wide as the content needs.</summary>
    public static ColumnWidth Auto { get; } = new("auto", null);

    /// <summary>Shares the remaining width with the other stretch columns.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", null);

    /// <summary>The keyword (<c>auto</c>, <c>stretch</c> or <c>Npx</c>), or <c>null</c> for a weight.</summary>
    public string? Keyword { get; }

    /// <summary>The relative weight, or <c>null</c> for a keyword.</summary>
    public int? RelativeWeight { get; }

    /// <summary>A relative weight: columns of weight 1 and 2 get one and two thirds of the width.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not positive.</exception>
    public static ColumnWidth Weight(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight);
    }

    /// <summary>A fixed width in pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pixels"/> is not positive.</exception>
    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new(string.Create(CultureInfo.InvariantCulture, $"{pixels}px"), null);
    }

    /// <inheritdoc />
    public override string ToString() => Keyword ?? RelativeWeight!.Value.ToString(CultureInfo.InvariantCulture);

    private sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return Weight(reader.GetInt32());
            }

            var text = reader.GetString();
            return text switch
            {
                "auto" => Auto,
                "stretch" => Stretch,
                _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                    && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var px) => Pixels(px),
                _ => throw new JsonException($"Invalid column width '{text}'."),
            };
        }

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.RelativeWeight is { } weight)
            {
                writer.WriteNumberValue(weight);
            }
            else
            {
                writer.WriteStringValue(value.Keyword);
            }
        }
    }
}
