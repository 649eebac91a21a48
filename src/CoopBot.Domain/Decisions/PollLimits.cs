namespace CoopBot.Domain.Decisions;

/// <summary>Input limits for decisions; one place so cards, validation and tests agree.</summary>
public static class PollLimits
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int OptionLabelMaxLength = 100;
    public const int MinOptions = 2;
    public const int MaxOptions = 20;
    public const int ReasonMaxLength = 500;
    public const int CommentMaxLength = 1000;
    public const int OutcomeStatementMaxLength = 1000;
    public const int MaxAttachments = 5;
    public const int AttachmentLabelMaxLength = 100;
    public static readonly TimeSpan MinimumOpenTime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaximumOpenTime = TimeSpan.FromDays(366);

    /// <summary>Issue 4: the automatic reminder goes out this long before closing.</summary>
    public static readonly TimeSpan ReminderLeadTime = TimeSpan.FromHours(24);
}
