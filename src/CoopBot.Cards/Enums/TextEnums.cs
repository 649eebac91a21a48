using System.Text.Json.Serialization;

namespace CoopBot.Cards;

// Numeric enums in Microsoft's reference parser serialise PascalCase ("Medium", "Bolder"), as in the adaptivecards.io
// samples; the parser reads them case-insensitively. Member names are the JSON spelling, so no attributes are needed.

/// <summary>Text size (<c>size</c> on TextBlock and TextRun).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    /// <summary>Host default size.</summary>
    Default,

    /// <summary>Small text.</summary>
    Small,

    /// <summary>Medium text.</summary>
    Medium,

    /// <summary>Large text.</summary>
    Large,

    /// <summary>Extra large text.</summary>
    ExtraLarge,
}

/// <summary>Font weight (<c>weight</c> on TextBlock and TextRun).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    /// <summary>Host default weight.</summary>
    Default,

    /// <summary>Lighter than default.</summary>
    Lighter,

    /// <summary>Bold.</summary>
    Bolder,
}

/// <summary>Text colour from the host palette (<c>color</c> on TextBlock and TextRun).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    /// <summary>Host default colour.</summary>
    Default,

    /// <summary>Dark text.</summary>
    Dark,

    /// <summary>Light text.</summary>
    Light,

    /// <summary>Accent (usually blue).</summary>
    Accent,

    /// <summary>Positive (usually green).</summary>
    Good,

    /// <summary>Warning (usually amber).</summary>
    Warning,

    /// <summary>Attention (usually red).</summary>
    Attention,
}

/// <summary>Accessibility style of a TextBlock (AC 1.5 <c>style</c>); lower case like the schema's string values.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    /// <summary>Ordinary text.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>A heading: announced as such by screen readers.</summary>
    [JsonStringEnumMemberName("heading")]
    Heading,
}

/// <summary>Font family (<c>fontType</c> on TextBlock and TextRun).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FontType>))]
public enum FontType
{
    /// <summary>Host default font.</summary>
    Default,

    /// <summary>Monospaced font, e.g. for reference numbers.</summary>
    Monospace,
}
