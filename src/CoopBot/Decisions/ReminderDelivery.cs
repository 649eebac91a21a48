using CoopBot.Common;
using CoopBot.Protocol.Schema;

namespace CoopBot.Decisions;

/// <summary>
/// Sends a reminder where issue 4 wants it: for a stuurgroep decision one message in the thread that @mentions the
/// members who have not voted; for a consultation one 1:1 message per representative of an organisation that has not voted.
/// </summary>
internal static class ReminderDelivery
{
    public static async Task<int> SendReminderAsync(this ProactiveMessenger messenger, DecisionService.Reminder reminder, TimeZoneInfo zone, CancellationToken ct)
    {
        var poll = reminder.Poll;
        if (poll.Card is not { } location)
        {
            return 0;
        }

        if (reminder.NonVoters.Count > 0)
        {
            await messenger.ReplyAsync(location, DecisionMessages.Reminder(poll, reminder.NonVoters, zone), ct);
            return 1;
        }

        var sent = 0;
        foreach (var representative in reminder.Representatives.Where(r => r.TeamsUserId is not null))
        {
            // A representative who never opened Teams with the bot has no chat to open; the others still get theirs.
            try
            {
                var chat = await messenger.OpenPersonalChatAsync(representative, location.TenantId, ct);
                await messenger.SendAsync(chat, ConsultationDigest(poll, zone), ct);
                sent++;
            }
            catch (ProactiveTargetException)
            {
            }
        }

        return sent;
    }

    /// <summary>The 1:1 reminder of a consultation; plain text so the title is shown as typed.</summary>
    public static Activity ConsultationDigest(PollRecord poll, TimeZoneInfo zone)
    {
        var activity = Activity.CreateMessageActivity(
            $"Herinnering: je organisatie heeft nog niet gestemd in de raadpleging “{poll.Definition.Title}”. "
            + $"Ze sluit op {DutchFormat.DateTime(poll.State.ClosesAt, zone)}. Eén vertegenwoordiger stemt voor de hele organisatie; "
            + "je vindt de raadpleging in het kanaal van de stuurgroep.");
        activity.TextFormat = "plain";
        return activity;
    }
}
