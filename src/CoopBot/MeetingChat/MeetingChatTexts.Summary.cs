namespace CoopBot.MeetingChat;

/// <summary>Dutch status words of the decisions listed at the end of a meeting.</summary>
internal static partial class MeetingChatTexts
{
    public const string Closed = "gesloten";

    public static string OpenUntil(string closes) => $"loopt tot {closes}";
}
