namespace CoopBot.MeetingChat;

/// <summary>Verbs of the meeting chat feature.</summary>
internal static class MeetingChatVerbs
{
    /// <summary>The creation form, submitted in a meeting chat.</summary>
    public const string Create = "meetingchat.create";
}
