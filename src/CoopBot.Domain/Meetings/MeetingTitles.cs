using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>The title of a meeting or time poll: optional (a default is used when empty), at most <see cref="MaxLength"/> characters.</summary>
public static class MeetingTitles
{
    public const int MaxLength = 150;

    public static Rejection? Check(string? title) => (title?.Trim().Length ?? 0) > MaxLength ? MeetingRejections.Title : null;
}
