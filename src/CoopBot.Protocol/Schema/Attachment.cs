using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>A card or file attached to an activity.</summary>
public class Attachment
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>MIME type of <see cref="Content"/> or of the file at <see cref="ContentUrl"/>.</summary>
    public string? ContentType { get; set; }

    /// <summary>Link to the content, for files.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>
    /// Inline content, e.g. the card JSON. Any serializable value may be assigned
    /// (a <see cref="System.Text.Json.Nodes.JsonNode"/> or a typed card); a parsed activity holds a <see cref="JsonElement"/>.
    /// </summary>
    public object? Content { get; set; }

    /// <summary>File name.</summary>
    public string? Name { get; set; }

    /// <summary>Link to a thumbnail.</summary>
    public string? ThumbnailUrl { get; set; }

    /// <summary>Properties this model does not name; kept so they round-trip unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Creates an Adaptive Card attachment.</summary>
    public static Attachment AdaptiveCard(object card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
