namespace CoopBot.Domain.Decisions;

/// <summary>
/// Issue 4: one automatic reminder, <see cref="PollLimits.ReminderLeadTime"/> before closing, to those who did not vote.
/// Never more than one per decision, also after an extension or a reopen.
/// </summary>
public static class ReminderRules
{
    /// <summary>When the automatic reminder is due, or null when the decision is too short to need one.</summary>
    public static DateTimeOffset? AutomaticReminderAt(DateTimeOffset createdAt, DateTimeOffset closesAt)
    {
        var at = closesAt - PollLimits.ReminderLeadTime;
        return at > createdAt ? at : null;
    }

    /// <summary>Whether the automatic reminder goes out now: it is due, the decision is open, and none was sent yet.</summary>
    public static bool ShouldSendAutomatic(PollState state, DateTimeOffset createdAt, DateTimeOffset? alreadySentAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return alreadySentAt is null
            && !state.IsClosedAt(now)
            && AutomaticReminderAt(createdAt, state.ClosesAt) is { } due
            && now >= due;
    }
}
