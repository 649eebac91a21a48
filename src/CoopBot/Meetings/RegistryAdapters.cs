using CoopBot.Broadcasts;
using CoopBot.Registry;

namespace CoopBot.Meetings;

/// <summary>The afnemers' conversations from the registry. The registry on this branch records no organisations yet.</summary>
internal sealed class RegistryBroadcastTargets(IMembershipDirectory directory) : IBroadcastTargets
{
    public async Task<IReadOnlyList<BroadcastTarget>> GetTargetsAsync(string steeringGroupId, CancellationToken ct)
    {
        _ = await directory.FindSteeringGroupAsync(steeringGroupId, ct);
        return [];
    }
}

/// <summary>The members' email addresses from the registry. The registry on this branch records no email addresses yet.</summary>
internal sealed class RegistryMeetingAttendees(IMembershipDirectory directory) : IMeetingAttendees
{
    public async Task<IReadOnlyList<MeetingAttendee>> GetAsync(string steeringGroupId, CancellationToken ct)
    {
        _ = await directory.GetSeatsAsync(steeringGroupId, ct);
        return [];
    }
}
