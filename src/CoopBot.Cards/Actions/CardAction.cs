using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// Base of every action (card actions, ActionSet buttons, refresh). The JSON <c>type</c> is the polymorphic
/// discriminator, so it is always written first; an unregistered subtype fails serialisation loudly.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
[JsonDerivedType(typeof(ActionToggleVisibility), "Action.ToggleVisibility")]
public abstract record CardAction
{
    /// <summary>Id of the action; Teams echoes it in the invoke's <c>value.action.id</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    /// <summary>Button label (plain text: no markdown is applied).</summary>
    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }

    /// <summary>Button style.</summary>
    public ActionStyle? Style { get; init; }

    /// <summary><c>false</c> renders the button disabled (AC 1.5).</summary>
    public bool? IsEnabled { get; init; }

    /// <summary>Tooltip and accessible description (AC 1.5).</summary>
    public string? Tooltip { get; init; }

    /// <summary>Icon shown next to the title.</summary>
    public Uri? IconUrl { get; init; }
}
