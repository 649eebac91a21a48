using CoopBot.Broadcasts.Contracts;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Meetings;

/// <summary>Where the afnemers of a stuurgroep's services are reached, for the public agenda and verslag; filled from the registry.</summary>
internal interface IBroadcastTargets
{
    Task<IReadOnlyList<BroadcastTarget>> GetTargetsAsync(string steeringGroupId, CancellationToken ct);
}

/// <summary>
/// The afnemers of a stuurgroep's services (its coöperanten, seed 002) with a recorded conversation. Organisations
/// without one are skipped: the community manager records their conversation in the registry.
/// </summary>
internal sealed class RegistryBroadcastTargets(IMembershipDirectory directory) : IBroadcastTargets
{
    public async Task<IReadOnlyList<BroadcastTarget>> GetTargetsAsync(string steeringGroupId, CancellationToken ct)
    {
        var targets = new List<BroadcastTarget>();
        foreach (var organisation in await directory.GetCooperantsAsync(steeringGroupId, ct))
        {
            if (await directory.GetOrganisationConversationAsync(organisation.Id, ct) is { } conversation)
            {
                targets.Add(new BroadcastTarget(organisation.Id, conversation.ConversationId, conversation.ServiceUrl, conversation.TenantId));
            }
        }

        return targets;
    }
}

/// <summary>The active members of the stuurgroep (chair and product manager included) with their registry email address.</summary>
internal sealed class RegistryMeetingAttendees(IMembershipDirectory directory, TimeProvider clock) : IMeetingAttendees
{
    public async Task<IReadOnlyList<MeetingAttendee>> GetAsync(string steeringGroupId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var attendees = new List<MeetingAttendee>();
        foreach (var seat in (await directory.GetSeatsAsync(steeringGroupId, ct)).Where(s => TermRules.IsActive(s.Seat, now)))
        {
            if (await directory.FindPersonAsync(seat.AadObjectId, ct) is { Email.Length: > 0 } person)
            {
                attendees.Add(new MeetingAttendee(person.Name, person.Email));
            }
        }

        return attendees.DistinctBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
