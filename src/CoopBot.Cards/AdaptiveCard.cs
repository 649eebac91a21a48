using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// The root of an Adaptive Card (schema 1.5, the highest Teams renders). Build it with object and collection
/// initialisers or the <c>Add…</c>/<c>With…</c> helpers, then serialise it with <see cref="AdaptiveCardSerializer"/>.
/// </summary>
public sealed record AdaptiveCard
{
    /// <summary>Attachment content type for Adaptive Cards and for invoke responses that replace the card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The JSON schema URL written as <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The card schema version written as <c>version</c>; Teams renders at most 1.5.</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    /// <summary>Always <see cref="SchemaUrl"/>.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema { get; } = SchemaUrl;

    /// <summary>Always <see cref="SchemaVersion"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Version { get; } = SchemaVersion;

    /// <summary>The card's elements, top to bottom.</summary>
    public IList<CardElement> Body { get; init; } = [];

    /// <summary>The card's action bar.</summary>
    public IList<CardAction> Actions { get; init; } = [];

    /// <summary>How Teams refreshes the card per user (user-specific views).</summary>
    public Refresh? Refresh { get; init; }

    /// <summary>Plain text shown by clients that cannot render the card (and in some notifications).</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a speech client reads aloud.</summary>
    public string? Speak { get; init; }

    /// <summary>Teams-specific card options, e.g. <see cref="TeamsCardInfo.FullWidth"/>.</summary>
    public TeamsCardInfo? Msteams { get; init; }

    /// <summary>Appends elements to <see cref="Body"/>.</summary>
    /// <returns>This card, for chaining.</returns>
    public AdaptiveCard AddBody(params IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            Body.Add(element);
        }

        return this;
    }

    /// <summary>Appends actions to <see cref="Actions"/>.</summary>
    /// <returns>This card, for chaining.</returns>
    public AdaptiveCard AddActions(params IEnumerable<CardAction> actions)
    {
        foreach (var action in actions)
        {
            Actions.Add(action);
        }

        return this;
    }
}
