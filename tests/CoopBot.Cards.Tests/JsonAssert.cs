using System.Text.Json.Nodes;

namespace CoopBot.Cards.Tests;

/// <summary>Compares JSON as compact text, so both content and property order must match.</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, JsonNode actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual.ToJsonString());

    public static void Element(string expected, CardElement element) => Equal(expected, AdaptiveCardSerializer.ToJsonNode(element));

    public static void Action(string expected, CardAction action) => Equal(expected, AdaptiveCardSerializer.ToJsonNode(action));
}
