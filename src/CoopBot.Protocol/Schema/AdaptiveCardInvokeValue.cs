using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke.</summary>
public class AdaptiveCardInvokeValue
{
    /// <summary>The <c>Action.Execute</c> that was triggered.</summary>
    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> for a click, <c>automatic</c> for a card refresh.</summary>
    public string? Trigger { get; set; }

    /// <summary>Magic code from a sign-in flow, when present.</summary>
    public string? State { get; set; }

    /// <summary>Properties this model does not name (e.g. <c>authentication</c>).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The action inside an <see cref="AdaptiveCardInvokeValue"/>.</summary>
public class AdaptiveCardInvokeAction
{
    /// <summary>Action type; Teams sends <c>Action.Execute</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The action's id in the card.</summary>
    public string? Id { get; set; }

    /// <summary>The verb that selects the handler.</summary>
    public string? Verb { get; set; }

    /// <summary>The action data merged with the card's input values; undefined when absent.</summary>
    public JsonElement Data { get; set; }
}
