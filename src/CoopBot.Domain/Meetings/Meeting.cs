namespace CoopBot.Domain.Meetings;

/// <summary>Where a stuurgroep meeting stands.</summary>
public enum MeetingStatus
{
    Gepland,
    Gehouden,
    Geannuleerd,
}

/// <summary>A stuurgroep meeting.</summary>
/// <param name="Id">Stable meeting id.</param>
/// <param name="SteeringGroupId">The stuurgroep.</param>
/// <param name="StartsAt">Start instant; its calendar year is read in Brussels local time.</param>
/// <param name="Status">Planned, held or cancelled.</param>
public sealed record Meeting(string Id, string SteeringGroupId, DateTimeOffset StartsAt, MeetingStatus Status)
{
    /// <summary>Planned and held meetings count towards the yearly cap; cancelled ones do not.</summary>
    public bool CountsTowardsCap => Status is MeetingStatus.Gepland or MeetingStatus.Gehouden;
}
