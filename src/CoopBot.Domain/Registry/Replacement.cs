namespace CoopBot.Domain.Registry;

/// <summary>A prepared replacement of one seat by another; it takes effect only once ratified.</summary>
/// <param name="Id">Stable replacement id.</param>
/// <param name="Outgoing">The seat being replaced, as it was when prepared.</param>
/// <param name="Incoming">The proposed seat, finishing the outgoing term.</param>
/// <param name="Reason">The recorded reason.</param>
/// <param name="PreparedBy">AAD object id of the Cultuurconnect staff member who prepared it.</param>
/// <param name="PreparedAt">When it was prepared.</param>
/// <param name="RatifiedOn">When the Raad van Bestuur ratified it; null while prepared.</param>
public sealed record Replacement(
    string Id,
    Seat Outgoing,
    Seat Incoming,
    ReplacementReason Reason,
    string PreparedBy,
    DateTimeOffset PreparedAt,
    DateOnly? RatifiedOn)
{
    /// <summary>A replacement changes nothing until it is ratified.</summary>
    public bool IsEffective => RatifiedOn is not null;
}

/// <summary>The seats after a ratified replacement: the outgoing term cut at the effective instant, the incoming one ratified.</summary>
/// <param name="Replacement">The ratified replacement.</param>
/// <param name="Outgoing">The outgoing seat, its term ending at the effective instant.</param>
/// <param name="Incoming">The incoming seat, ratified, from the effective instant to the original end.</param>
public sealed record ReplacementOutcome(Replacement Replacement, Seat Outgoing, Seat Incoming);
