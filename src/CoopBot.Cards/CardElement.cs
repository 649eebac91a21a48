using System.Text.Json.Serialization;

namespace CoopBot.Cards;

/// <summary>
/// Base of every element that may appear in a card body, a container or a table cell. The JSON <c>type</c> is the
/// polymorphic discriminator, so it is always written first; an unregistered subtype fails serialisation loudly.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
[JsonDerivedType(typeof(InputTime), "Input.Time")]
[JsonDerivedType(typeof(InputNumber), "Input.Number")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(ChartHorizontalBar), "Chart.HorizontalBar")]
[JsonDerivedType(typeof(ChartDonut), "Chart.Donut")]
[JsonDerivedType(typeof(ChartGauge), "Chart.Gauge")]
public abstract record CardElement
{
    /// <summary>Unique id within the card; required for inputs and for Action.ToggleVisibility targets.</summary>
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Draws a separating line above the element.</summary>
    public bool? Separator { get; init; }

    /// <summary>Initial visibility; <c>false</c> hides the element until an Action.ToggleVisibility shows it.</summary>
    public bool? IsVisible { get; init; }
}
