using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoopBot.Cards;

/// <summary>
/// Serialises cards to Adaptive Card JSON with one shared, read-only <see cref="JsonSerializerOptions"/>: camelCase
/// names, <c>type</c> first, nulls and empty element lists omitted, non-ASCII text unescaped.
/// </summary>
public static class AdaptiveCardSerializer
{
    /// <summary>The options every card is written with. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The card as compact JSON.</summary>
    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    /// <summary>The card as a JSON tree, e.g. to embed as an attachment's <c>content</c>.</summary>
    public static JsonNode ToJsonNode(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!;

    /// <summary>One element as a JSON tree, with its <c>type</c>.</summary>
    public static JsonNode ToJsonNode(CardElement element) => JsonSerializer.SerializeToNode(element, Options)!;

    /// <summary>One action as a JSON tree, with its <c>type</c>.</summary>
    public static JsonNode ToJsonNode(CardAction action) => JsonSerializer.SerializeToNode(action, Options)!;

    /// <summary>Size in bytes of the card's compact UTF-8 JSON; Teams rejects messages over about 28 KB.</summary>
    public static int Utf8Size(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options).Length;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Cards travel as application/json to the Bot Connector, never inside HTML; escaping every "é" as
            // \u00E9 would only eat into the 28 KB message budget.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
        };
        options.MakeReadOnly();
        return options;
    }

    // Element collections are IList<T> and default to empty lists so collection initialisers work; an empty list
    // adds nothing to a card. Refresh.UserIds is deliberately IReadOnlyList<string>: there [] means "manual refresh only".
    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IList<>))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
