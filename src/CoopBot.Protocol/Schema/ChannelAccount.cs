using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>A user or bot taking part in a conversation.</summary>
public class ChannelAccount
{
    /// <summary>Channel id: <c>29:…</c> for Teams users, <c>28:{appId}</c> for the bot.</summary>
    public string? Id { get; set; }

    /// <summary>Display name.</summary>
    public string? Name { get; set; }

    /// <summary>The user's Entra object id; the stable key to join with Graph and our user store.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>Role of the account (<c>user</c> or <c>bot</c>), when the channel sends it.</summary>
    public string? Role { get; set; }

    /// <summary>Properties this model does not name; kept so they round-trip unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
