namespace CoopBot.Domain.Escalation;

/// <summary>When to remind the bodies that a stuurgroep decision still waits for their prior confirmation.</summary>
public static class ConfirmationFollowUp
{
    /// <summary>Default number of days a confirmation may wait before one reminder goes out.</summary>
    public const int DefaultReminderAfterDays = 10;

    /// <summary>True once <paramref name="reminderAfterDays"/> full days have passed (the exact instant included) and no reminder went yet.</summary>
    public static bool NeedsReminder(
        DateTimeOffset pendingSince, DateTimeOffset now, bool alreadyReminded, int reminderAfterDays = DefaultReminderAfterDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reminderAfterDays);
        return !alreadyReminded && now - pendingSince >= TimeSpan.FromDays(reminderAfterDays);
    }
}
