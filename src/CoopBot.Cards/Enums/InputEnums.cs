using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>Keyboard / validation hint of Input.Text (<c>style</c>); an enum in the reference parser, hence PascalCase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>Telephone number.</summary>
    Tel,

    /// <summary>URL.</summary>
    Url,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>Masked password (AC 1.5).</summary>
    Password,
}

/// <summary>Presentation of Input.ChoiceSet (<c>style</c>); lower case like the schema.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    /// <summary>A drop-down list.</summary>
    [JsonStringEnumMemberName("compact")]
    Compact,

    /// <summary>Radio buttons or check boxes.</summary>
    [JsonStringEnumMemberName("expanded")]
    Expanded,

    /// <summary>A type-ahead filtered list (AC 1.5).</summary>
    [JsonStringEnumMemberName("filtered")]
    Filtered,
}
