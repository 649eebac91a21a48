using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopBot.Protocol.Schema;

/// <summary>A Bot Framework activity as exchanged with the Teams channel.</summary>
public partial class Activity
{
    /// <summary>Activity type; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Activity id assigned by the channel.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received the activity (UTC).</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>Base URL of the Connector to reply to.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Channel id, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The receiver; the bot for inbound activities.</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>Id of the activity this one replies to (for card actions: the message holding the card).</summary>
    public string? ReplyToId { get; set; }

    /// <summary>Message text.</summary>
    public string? Text { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary>Locale of the sender, e.g. <c>nl-BE</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Invoke payload or card submit data.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Cards and files.</summary>
    public List<Attachment>? Attachments { get; set; }

    /// <summary>Mentions, client info and other metadata.</summary>
    public List<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data; read the Teams shape with <see cref="GetTeamsChannelData"/>.</summary>
    public JsonElement? ChannelData { get; set; }

    /// <summary>Members added (conversationUpdate).</summary>
    public List<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members removed (conversationUpdate).</summary>
    public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>installationUpdate action: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Text shown in notifications when the message cannot be rendered.</summary>
    public string? Summary { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Properties this model does not name; kept so they round-trip unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
