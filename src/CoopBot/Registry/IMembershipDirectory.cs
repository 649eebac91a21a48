namespace CoopBot.Registry;

/// <summary>
/// The one source of membership that every feature asks: who sits in which stuurgroep, and in which channel it decides.
/// </summary>
public interface IMembershipDirectory
{
    Task<SteeringGroup?> FindSteeringGroupAsync(string steeringGroupId, CancellationToken ct);

    /// <summary>The stuurgroep linked to a Teams team or channel, if any.</summary>
    Task<SteeringGroup?> FindByTeamAsync(string? teamId, string? channelId, CancellationToken ct);

    /// <summary>Seats of one stuurgroep, served from a short-lived cache so a vote costs no extra storage read.</summary>
    Task<IReadOnlyList<MemberSeat>> GetSeatsAsync(string steeringGroupId, CancellationToken ct);

    Task<IReadOnlyList<SteeringGroup>> GetSteeringGroupsAsync(CancellationToken ct);
}
