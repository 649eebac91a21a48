using CoopBot.Broadcasts;
using CoopBot.Cards;

namespace CoopBot.Meetings;

/// <summary>Sends the public agenda or verslag to every afnemer of the stuurgroep's services, through the broadcast queue.</summary>
internal sealed class MeetingBroadcaster(BroadcastService broadcasts, IBroadcastTargets targets)
{
    public static string BroadcastId(string meetingId, bool isMinutes) => $"{meetingId}.{(isMinutes ? "verslag" : "agenda")}";

    /// <summary>Idempotent per meeting and kind; returns the number of conversations queued, or null without a meeting thread.</summary>
    public async Task<int?> StartAsync(MeetingView view, bool isMinutes, CancellationToken ct)
    {
        if (view.Meeting.Card is not { } thread)
        {
            return null;
        }

        var card = MeetingCards.Public(PublicMeetingContent.From(view, isMinutes), isMinutes, view.TimeZone);
        var request = new BroadcastRequest(
            BroadcastId(view.Meeting.Id, isMinutes),
            $"{(isMinutes ? "Openbaar verslag" : "Openbare agenda")}: {view.Meeting.Title}",
            AdaptiveCardSerializer.ToJson(card),
            thread.ServiceUrl,
            thread);
        return await broadcasts.StartAsync(request, await targets.GetTargetsAsync(view.Meeting.SteeringGroupId, ct), ct);
    }
}
