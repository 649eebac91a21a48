using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>Image</c>: a picture loaded from a URL (https or a data URI).</summary>
public sealed record Image : CardElement
{
    /// <summary>Creates an empty image; set <see cref="Url"/>.</summary>
    public Image()
    {
    }

    /// <summary>Creates an image of <paramref name="url"/> with the accessible description <paramref name="altText"/>.</summary>
    [SetsRequiredMembers]
    public Image(Uri url, string altText)
    {
        Url = url;
        AltText = altText;
    }

    /// <summary>Where the image is loaded from.</summary>
    public required Uri Url { get; init; }

    /// <summary>Accessible description.</summary>
    public string? AltText { get; init; }

    /// <summary>Display size.</summary>
    public ImageSize? Size { get; init; }

    /// <summary>Crop style.</summary>
    public ImageStyle? Style { get; init; }

    /// <summary>Horizontal alignment.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
