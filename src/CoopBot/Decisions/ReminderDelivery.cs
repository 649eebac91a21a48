using CoopBot.Common;
using CoopBot.Protocol.Schema;

namespace CoopBot.Decisions;

/// <summary>
/// Sends a reminder where issue 4 wants it: for a stuurgroep decision one message in the thread that @mentions the
/// members who have not voted; for a consultation one 1:1 message per representative of an organisation that has not voted.
/// </summary>
internal static class ReminderDelivery
{
    /// <summary>
    /// Sends each message of the reminder once through the ledger under <paramref name="key"/> (a re-run or a concurrent
    /// redelivery sends nothing again; a failed send is released and thrown, so the caller's retry sends it). False while
    /// another run is still sending one of its messages (its claim has not expired): a job then looks again later.
    /// </summary>
    public static async Task<bool> SendReminderAsync(
        this ProactiveMessenger messenger, DeliveryLedger ledger, DecisionReminders.Reminder reminder, string key, TimeZoneInfo zone, CancellationToken ct)
    {
        var poll = reminder.Poll;
        if (poll.Card is not { } location)
        {
            return true;
        }

        if (reminder.NonVoters.Count > 0)
        {
            return await ledger.SendOnceAsync(poll.Id, key, AfterCrash.SendAgain, token => messenger.ReplyAsync(location, DecisionMessages.Reminder(poll, reminder.NonVoters, zone), token), ct)
                != Delivery.InProgressElsewhere;
        }

        var settled = true;
        foreach (var representative in reminder.Representatives.Where(r => r.TeamsUserId is not null))
        {
            // A representative who never opened Teams with the bot has no chat to open; the others still get theirs.
            try
            {
                settled &= await ledger.SendOnceAsync(poll.Id, $"{key}|{representative.Person.AadObjectId}", AfterCrash.SendAgain, async token =>
                {
                    var chat = await messenger.OpenPersonalChatAsync(representative, location.TenantId, token);
                    await messenger.SendAsync(chat, ConsultationDigest(poll, zone), token);
                }, ct) != Delivery.InProgressElsewhere;
            }
            catch (ProactiveTargetException)
            {
            }
        }

        return settled;
    }

    /// <summary>The 1:1 reminder of a consultation; plain text so the title is shown as typed.</summary>
    public static Activity ConsultationDigest(PollRecord poll, TimeZoneInfo zone)
    {
        var activity = Activity.CreateMessageActivity(
            DecisionTexts.ConsultationReminder(poll.Definition.Title, DutchFormat.DateTime(poll.State.ClosesAt, zone)));
        activity.TextFormat = "plain";
        return activity;
    }
}
