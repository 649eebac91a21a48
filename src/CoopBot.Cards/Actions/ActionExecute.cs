namespace CoopBot.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/> merged with the card's input values, and the bot may answer with a new card.
/// </summary>
public sealed record ActionExecute : CardAction
{
    /// <summary>Route key of the action; keep it a named constant of the feature that handles it.</summary>
    public required string Verb { get; init; }

    /// <summary>
    /// Action data. A <see cref="System.Text.Json.Nodes.JsonNode"/> is written as-is; any other object is serialised with
    /// <see cref="AdaptiveCardSerializer.Options"/> (camelCase names, nulls omitted). Use an object so inputs can be merged into it.
    /// </summary>
    public object? Data { get; init; }

    /// <summary>Which inputs are validated and sent.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
