namespace CoopBot.Cards;

/// <summary>
/// Legacy <c>Action.Submit</c>: arrives as a message activity with data and inputs in <c>value</c>; the bot cannot
/// reply with a card. Prefer <see cref="ActionExecute"/>; keep this for fallbacks and clients without Universal Actions.
/// </summary>
public sealed record ActionSubmit : CardAction
{
    /// <summary>
    /// Submit data. A <see cref="System.Text.Json.Nodes.JsonNode"/> is written as-is; any other object is serialised with
    /// <see cref="AdaptiveCardSerializer.Options"/>. Teams reads an <c>msteams</c> member here (messageBack, task/fetch).
    /// </summary>
    public object? Data { get; init; }

    /// <summary>Which inputs are validated and sent.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
