namespace CoopBot.Meetings;

/// <summary>The stuurgroep members invited to a meeting's calendar event, with their email addresses from the registry.</summary>
internal interface IMeetingAttendees
{
    Task<IReadOnlyList<MeetingAttendee>> GetAsync(string steeringGroupId, CancellationToken ct);
}
