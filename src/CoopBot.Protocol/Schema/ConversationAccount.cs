using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public class ConversationAccount
{
    /// <summary>
    /// Conversation id: <c>a:…</c> for 1:1, <c>19:…@thread.v2</c> for group chats,
    /// <c>19:…@thread.tacv2;messageid=…</c> for a channel thread.
    /// </summary>
    public string? Id { get; set; }

    /// <summary>Conversation name, when there is one.</summary>
    public string? Name { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    /// <summary>Whether more than two participants take part.</summary>
    public bool? IsGroup { get; set; }

    /// <summary>The Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Properties this model does not name; kept so they round-trip unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
