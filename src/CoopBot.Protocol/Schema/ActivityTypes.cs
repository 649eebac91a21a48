namespace CoopBot.Protocol.Schema;

/// <summary>Activity type names used on the Teams channel.</summary>
public static class ActivityTypes
{
    /// <summary>A user or bot message.</summary>
    public const string Message = "message";

    /// <summary>A request that expects its result in the HTTP response (card actions, task modules).</summary>
    public const string Invoke = "invoke";

    /// <summary>Members or channels changed in a conversation.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The app was installed, upgraded or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A reaction was added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";

    /// <summary>A typing indicator.</summary>
    public const string Typing = "typing";

    /// <summary>A named event.</summary>
    public const string Event = "event";
}
