using CoopBot.Domain.Common;

namespace CoopBot.Domain.Meetings;

/// <summary>Seed 002: "De stuurgroep komt 1 à 3 keer per jaar samen."</summary>
public static class MeetingCap
{
    /// <summary>The rule as the seed words it, quoted in every message about it.</summary>
    public const string RuleText = "De stuurgroep komt 1 à 3 keer per jaar samen.";

    /// <summary>At least this many meetings a year.</summary>
    public const int MinPerYear = 1;

    /// <summary>At most this many meetings a year, planned and held together; cancelled ones do not count.</summary>
    public const int MaxPerYear = 3;

    /// <summary>
    /// Accepts the meeting when fewer than <see cref="MaxPerYear"/> other planned or held meetings of the stuurgroep fall in
    /// the same Brussels calendar year. A meeting being moved is recognised by its id and not counted twice.
    /// </summary>
    public static Result<Meeting> CanSchedule(Meeting candidate, IEnumerable<Meeting> existing, TimeZoneInfo brussels)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var year = MeetingCalendar.LocalYear(candidate.StartsAt, brussels);
        var counted = MeetingCalendar.InYear(existing, candidate.SteeringGroupId, year, brussels)
            .Count(m => m.Id != candidate.Id && m.CountsTowardsCap);
        return counted >= MaxPerYear ? MeetingRejections.CapReached(year, counted) : Result<Meeting>.Success(candidate);
    }
}
