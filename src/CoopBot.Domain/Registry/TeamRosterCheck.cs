namespace CoopBot.Domain.Registry;

/// <summary>The differences between a stuurgroep's seats and the members of its Teams team.</summary>
/// <param name="InTeamWithoutSeat">AAD object ids in the team without an active seat.</param>
/// <param name="SeatedNotInTeam">Active seats whose person is not in the team.</param>
public sealed record TeamRosterDifference(IReadOnlyList<string> InTeamWithoutSeat, IReadOnlyList<Seat> SeatedNotInTeam)
{
    /// <summary>True when seats and team agree.</summary>
    public bool IsInSync => InTeamWithoutSeat.Count == 0 && SeatedNotInTeam.Count == 0;
}

/// <summary>
/// Compares the registry (the one source of membership) with a team roster. It only reports; seats change through the
/// registry (import, ratification), never because someone was added to a team.
/// </summary>
public static class TeamRosterCheck
{
    /// <summary>Active seats of <paramref name="steeringGroupId"/> at <paramref name="now"/> against the team's AAD object ids.</summary>
    public static TeamRosterDifference Compare(string steeringGroupId, IEnumerable<Seat> seats, IEnumerable<string> teamMemberIds, DateTimeOffset now)
    {
        var active = seats.Where(s => s.SteeringGroupId == steeringGroupId && TermRules.IsActive(s, now)).ToList();
        var members = teamMemberIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seated = active.Select(s => s.PersonId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new TeamRosterDifference(
            members.Where(m => !seated.Contains(m)).Order(StringComparer.Ordinal).ToList(),
            active.Where(s => !members.Contains(s.PersonId)).ToList());
    }
}
