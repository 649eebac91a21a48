using CoopBot.Broadcasts.Contracts;
using CoopBot.Cards;

namespace CoopBot.Meetings;

/// <summary>Sends the public agenda or verslag to every afnemer of the stuurgroep's services, through the broadcast queue.</summary>
internal sealed class MeetingBroadcaster(IBroadcastSender broadcasts, IBroadcastTargets targets)
{
    public static string BroadcastId(string meetingId, bool isMinutes, int agendaRevision = 0) =>
        $"{meetingId}.{(isMinutes ? "verslag" : "agenda")}{(isMinutes || agendaRevision == 0 ? string.Empty : $"-{agendaRevision}")}";

    /// <summary>
    /// Idempotent per meeting, kind and agenda revision (an updated agenda is a new broadcast); returns the number of
    /// conversations queued, or null without a meeting thread.
    /// </summary>
    public async Task<int?> StartAsync(MeetingView view, bool isMinutes, CancellationToken ct)
    {
        if (view.Meeting.Card is not { } thread)
        {
            return null;
        }

        var revision = isMinutes ? 0 : view.Meeting.AgendaSentRevision;
        var card = MeetingCards.Public(PublicMeetingContent.From(view, isMinutes), isMinutes, view.TimeZone, revision > 0 ? MeetingTexts.AgendaUpdated : null);
        var request = new BroadcastRequest(
            BroadcastId(view.Meeting.Id, isMinutes, revision),
            MeetingTexts.BroadcastTitle(isMinutes, revision, view.Meeting.Title),
            AdaptiveCardSerializer.ToJson(card),
            thread.ServiceUrl,
            thread);
        return await broadcasts.StartAsync(request, await targets.GetTargetsAsync(view.Meeting.SteeringGroupId, ct), ct);
    }
}
