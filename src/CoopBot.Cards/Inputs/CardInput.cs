using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// Base of the input elements. Inputs need an <see cref="CardElement.Id"/>: it is the key of the value in the
/// action data Teams sends back. Label, placeholder and choice texts are plain text (no markdown).
/// </summary>
public abstract record CardInput : CardElement
{
    /// <summary>Creates an input with the given id.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Visible label (AC 1.3); required inputs should have one.</summary>
    [JsonPropertyOrder(-1)]
    public string? Label { get; init; }

    /// <summary>The client blocks the action until the input has a value (AC 1.3).</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Shown when validation fails (AC 1.3); required inputs should have one.</summary>
    public string? ErrorMessage { get; init; }
}
