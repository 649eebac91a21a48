using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>Space above an element (<c>spacing</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    /// <summary>Host default spacing.</summary>
    Default,

    /// <summary>No spacing.</summary>
    None,

    /// <summary>Small spacing.</summary>
    Small,

    /// <summary>Medium spacing.</summary>
    Medium,

    /// <summary>Large spacing.</summary>
    Large,

    /// <summary>Extra large spacing.</summary>
    ExtraLarge,

    /// <summary>The container padding.</summary>
    Padding,
}

/// <summary>Horizontal alignment (<c>horizontalAlignment</c>, <c>horizontalCellContentAlignment</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    /// <summary>Align left.</summary>
    Left,

    /// <summary>Centre.</summary>
    Center,

    /// <summary>Align right.</summary>
    Right,
}

/// <summary>Vertical alignment (<c>verticalContentAlignment</c>, <c>verticalCellContentAlignment</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    /// <summary>Align top.</summary>
    Top,

    /// <summary>Centre.</summary>
    Center,

    /// <summary>Align bottom.</summary>
    Bottom,
}

/// <summary>Container background style (<c>style</c> on containers, columns, table rows and cells); lower case like the schema.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    /// <summary>No background.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Subtly highlighted background.</summary>
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,

    /// <summary>Positive (green) background.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>Attention (red) background.</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,

    /// <summary>Warning (amber) background.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Accent (blue) background.</summary>
    [JsonStringEnumMemberName("accent")]
    Accent,
}
