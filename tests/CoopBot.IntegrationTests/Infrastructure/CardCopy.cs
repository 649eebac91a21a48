using System.Text.Json.Nodes;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 16 §6: tests compare UI copy with the feature's <c>*Texts</c> constants on what the person reads: every string
/// value of a card or invoke response, with the markdown escapes of CardText.Literal removed.
/// </summary>
public static class CardCopy
{
    public static string Of(JsonNode? node) => Registry.RegistryFlow.TextOf(node);

    public static string Of(string json) => Of(JsonNode.Parse(json));
}
