namespace CoopBot.Protocol.Schema;

/// <summary>What is needed to address a conversation later (proactive messages, updates).</summary>
public class ConversationReference
{
    /// <summary>Id of the activity this reference was taken from.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The user who sent that activity.</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The bot account.</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>Channel id, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Base URL of the Connector for this conversation.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Locale of the user, e.g. <c>nl-BE</c>.</summary>
    public string? Locale { get; set; }
}
