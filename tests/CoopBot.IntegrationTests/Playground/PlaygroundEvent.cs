using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>Reading the Agents Playground's conversation events: <c>{action, actionConversationId, message}</c>.</summary>
internal static class PlaygroundEvent
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The first Adaptive Card of the message, or null for a text message.</summary>
    public static JsonNode? Card(JsonNode e) =>
        e["message"]?["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0]?["content"] : null;

    /// <summary>Verbs of the card's top-level actions.</summary>
    public static List<string> Verbs(JsonNode e) =>
        Card(e)?["actions"]?.AsArray().Select(a => a?["verb"]?.GetValue<string>() ?? "").ToList() ?? [];

    /// <summary>The whole event as JSON with non-ASCII (ë, €) unescaped, for text assertions.</summary>
    public static string Text(JsonNode e) => e.ToJsonString(Readable);

    /// <summary>The card alone as readable JSON (empty for a text message).</summary>
    public static string CardText(JsonNode e) => Card(e)?.ToJsonString(Readable) ?? "";

    public static string MessageId(JsonNode e) => e["message"]!["messageId"]!.GetValue<string>();

    // A message that starts a channel thread is reported on the channel; the playground addresses actions on it
    // through the thread's conversation id, "<channel>;messageid=<root message id>", as Teams does.
    public static string Conversation(JsonNode e)
    {
        var conversation = e["actionConversationId"]!.GetValue<string>();
        var isChannelRoot = conversation.Contains("@thread", StringComparison.Ordinal) && !conversation.Contains(";messageid=", StringComparison.Ordinal);
        return isChannelRoot ? $"{conversation};messageid={MessageId(e)}" : conversation;
    }
}
