using CoopBot.Domain.Common;

namespace CoopBot.Domain.Registry;

/// <summary>
/// A person's seat in a stuurgroep. A seat is personal (seed 002 "ten persoonlijke titel"); the organisation is kept as it
/// was when the person was seated, because one-seat-per-library is about that organisation.
/// </summary>
/// <param name="Id">Stable seat id.</param>
/// <param name="SteeringGroupId">The stuurgroep.</param>
/// <param name="PersonId">The AAD object id of the person.</param>
/// <param name="OrganisationId">The organisation the person represents.</param>
/// <param name="Role">The role in the stuurgroep.</param>
/// <param name="TermStart">First instant of the term (inclusive).</param>
/// <param name="TermEnd">End of the term (exclusive); must be after <paramref name="TermStart"/>.</param>
/// <param name="Experience">New or experienced.</param>
/// <param name="RatifiedOn">Date the Raad van Bestuur ratified the seat; null while only proposed.</param>
public sealed record Seat(
    string Id,
    string SteeringGroupId,
    string PersonId,
    string OrganisationId,
    SeatRole Role,
    DateTimeOffset TermStart,
    DateTimeOffset TermEnd,
    Experience Experience,
    DateOnly? RatifiedOn)
{
    /// <summary>End of the term (exclusive); a term must end after it starts.</summary>
    public DateTimeOffset TermEnd { get; init; } =
        TermEnd > TermStart ? TermEnd : throw new ArgumentException("A term ends after it starts.", nameof(TermEnd));

    /// <summary>Voorgesteld until the Raad van Bestuur ratified it.</summary>
    public RatificationStatus Ratification => RatifiedOn is null ? RatificationStatus.Voorgesteld : RatificationStatus.Bekrachtigd;

    /// <summary>A proposed seat with the default term of <see cref="TermRules.DefaultTermYears"/> years.</summary>
    public static Seat Propose(
        string id, string steeringGroupId, string personId, string organisationId, SeatRole role, DateTimeOffset termStart, Experience experience) =>
        new(id, steeringGroupId, personId, organisationId, role, termStart, TermRules.DefaultEnd(termStart), experience, RatifiedOn: null);

    /// <summary>Records the ratification by the Raad van Bestuur (voorgesteld → bekrachtigd).</summary>
    public Result<Seat> Ratify(DateOnly ratifiedOn) =>
        RatifiedOn is { } earlier ? SeatRejections.AlreadyRatified(earlier) : Result<Seat>.Success(this with { RatifiedOn = ratifiedOn });

    /// <summary>True when both terms share at least one instant (terms are half-open).</summary>
    public bool Overlaps(Seat other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return TermStart < other.TermEnd && other.TermStart < TermEnd;
    }
}
