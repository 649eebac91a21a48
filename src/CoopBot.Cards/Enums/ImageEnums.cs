using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>Image size (<c>size</c> on Image).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
public enum ImageSize
{
    /// <summary>Natural size, shrunk to fit.</summary>
    Auto,

    /// <summary>Stretch to the available width.</summary>
    Stretch,

    /// <summary>Small fixed size.</summary>
    Small,

    /// <summary>Medium fixed size.</summary>
    Medium,

    /// <summary>Large fixed size.</summary>
    Large,
}

/// <summary>Image crop style (<c>style</c> on Image).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    /// <summary>Uncropped.</summary>
    Default,

    /// <summary>Cropped to a circle, for avatars.</summary>
    Person,
}
