using System.Text.Json.Nodes;

namespace CoopBot.IntegrationTests.Faq;

/// <summary>Reads FAQ and ticket cards the way a test needs them.</summary>
public static class FaqFlow
{
    /// <summary>Every Action.Execute on the card, in body action sets and in the card's actions.</summary>
    public static IReadOnlyList<JsonNode> Actions(JsonNode card)
    {
        var body = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ActionSet").SelectMany(e => e!["actions"]!.AsArray());
        var bottom = card["actions"]?.AsArray() ?? [];
        return [.. body.Concat(bottom).OfType<JsonNode>()];
    }

    /// <summary>Entry ids behind the "show this answer" buttons (follow-ups or suggestions).</summary>
    public static IReadOnlyList<string> EntryButtons(JsonNode card) =>
        [.. Actions(card).Where(a => a["verb"]?.GetValue<string>() == "faq.answer").Select(a => a["data"]!["entryId"]!.GetValue<string>())];

    // Card JSON escapes non-ASCII and some punctuation; compare on the serialised form of the text.
    public static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
