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
    public static readonly TimeSpan MinimumOpenTime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaximumOpenTime = TimeSpan.FromDays(366);
}
