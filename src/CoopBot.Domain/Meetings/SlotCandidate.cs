namespace CoopBot.Domain.Meetings;

/// <summary>One possible moment in a time poll for a meeting.</summary>
/// <param name="Id">Stable slot id within the poll.</param>
/// <param name="StartsAt">Start instant.</param>
/// <param name="Duration">Length of the meeting.</param>
/// <param name="IsOnline">Online (Teams) or on-site.</param>
/// <param name="Place">Where, for an on-site meeting.</param>
public sealed record SlotCandidate(string Id, DateTimeOffset StartsAt, TimeSpan Duration, bool IsOnline, string? Place);

/// <summary>How a person can make a slot.</summary>
public enum Availability
{
    Ja,
    AlsHetMoet,
    Nee,
}

/// <summary>Dutch display names of <see cref="Availability"/>.</summary>
public static class AvailabilityNames
{
    /// <summary>"ja", "als het moet" or "nee".</summary>
    public static string DisplayName(this Availability availability) => availability switch
    {
        Availability.Ja => "ja",
        Availability.AlsHetMoet => "als het moet",
        Availability.Nee => "nee",
        _ => throw new ArgumentOutOfRangeException(nameof(availability), availability, null),
    };
}

/// <summary>One person's current answer for one slot.</summary>
/// <param name="PersonId">AAD object id.</param>
/// <param name="SlotId">The slot.</param>
/// <param name="Availability">The answer.</param>
public sealed record SlotAnswer(string PersonId, string SlotId, Availability Availability);
