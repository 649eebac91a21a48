using System.Collections.Frozen;

namespace CoopBot.Domain.Registry;

/// <summary>One row of <see cref="SeatRolePolicy"/>.</summary>
/// <param name="Role">The role.</param>
/// <param name="DisplayName">Dutch name.</param>
/// <param name="IsMember">A member seat "ten persoonlijke titel": counts for one-seat-per-library and for the composition report.</param>
/// <param name="CanVote">Votes in stuurgroep decisions.</param>
/// <param name="CanCreateDecisions">May put a proposal or poll before the stuurgroep.</param>
/// <param name="CanManageMeetings">May plan meetings, time polls, agenda and verslag.</param>
public sealed record SeatRoleRules(
    SeatRole Role, string DisplayName, bool IsMember, bool CanVote, bool CanCreateDecisions, bool CanManageMeetings);

/// <summary>
/// What each role may do, as data. Chair, substitute chair and product manager are Cultuurconnect staff: they lead and
/// prepare but are not voting members of the cooperative (seed 002: Cultuurconnect "neemt het voorzitterschap op", the
/// product manager "neemt deel"). Staff who should vote need a seat as <see cref="SeatRole.Lid"/>.
/// </summary>
public static class SeatRolePolicy
{
    private static readonly FrozenDictionary<SeatRole, SeatRoleRules> Table = new SeatRoleRules[]
    {
        new(SeatRole.Voorzitter, "Voorzitter", IsMember: false, CanVote: false, CanCreateDecisions: true, CanManageMeetings: true),
        new(SeatRole.VervangendVoorzitter, "Vervangend voorzitter", IsMember: false, CanVote: false, CanCreateDecisions: true, CanManageMeetings: true),
        new(SeatRole.Productmanager, "Productmanager", IsMember: false, CanVote: false, CanCreateDecisions: true, CanManageMeetings: true),
        new(SeatRole.Lid, "Lid", IsMember: true, CanVote: true, CanCreateDecisions: false, CanManageMeetings: false),
    }.ToFrozenDictionary(r => r.Role);

    /// <summary>The rules of the role.</summary>
    public static SeatRoleRules For(SeatRole role) =>
        Table.TryGetValue(role, out var rules) ? rules : throw new ArgumentOutOfRangeException(nameof(role), role, null);
}
