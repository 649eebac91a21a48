using CoopBot.Cards;
using CoopBot.Domain.Meetings;
using CoopBot.Meetings.Contracts;
using CoopBot.Registry.Contracts;

namespace CoopBot.Meetings;

/// <summary>The meetings feature's side of the meeting chat: which planned vergadering a Teams meeting is, and its public agenda.</summary>
internal sealed class PlannedMeetings(IMembershipDirectory directory, MeetingStore store, MeetingService meetings) : IPlannedMeetings
{
    public async Task<PlannedMeeting?> FindByJoinUrlAsync(string joinUrl, CancellationToken ct)
    {
        foreach (var group in await directory.GetSteeringGroupsAsync(ct))
        {
            var planned = (await store.GetAllAsync(group.Id, ct)).FirstOrDefault(m =>
                m.Status != MeetingStatus.Geannuleerd && string.Equals(m.Event?.JoinUrl, joinUrl, StringComparison.Ordinal));
            if (planned is not null)
            {
                return new PlannedMeeting(planned.Id, planned.SteeringGroupId);
            }
        }

        return null;
    }

    public async Task<AdaptiveCard?> PublicAgendaCardAsync(string meetingId, string heading, CancellationToken ct) =>
        await meetings.GetViewAsync(meetingId, ct) is { } view
            ? MeetingCards.Public(PublicMeetingContent.From(view, withMinutes: false), isMinutes: false, view.TimeZone, heading)
            : null;
}
