using CoopBot.Cards;

namespace CoopBot.Meetings.Contracts;

/// <summary>A vergadering CoopBot planned as a Teams meeting, as the meeting chat knows it.</summary>
public sealed record PlannedMeeting(string Id, string SteeringGroupId);

/// <summary>
/// The vergaderingen CoopBot planned as Teams meetings, for the meeting chat: found by their join link, and their public
/// agenda card (the meeting chat has guests, so never the confidential points).
/// </summary>
public interface IPlannedMeetings
{
    /// <summary>The meeting, not cancelled, whose Teams event has this join link; null when CoopBot did not plan it.</summary>
    Task<PlannedMeeting?> FindByJoinUrlAsync(string joinUrl, CancellationToken ct);

    /// <summary>The public agenda card of the meeting under <paramref name="heading"/>; null when the meeting no longer exists.</summary>
    Task<AdaptiveCard?> PublicAgendaCardAsync(string meetingId, string heading, CancellationToken ct);
}
