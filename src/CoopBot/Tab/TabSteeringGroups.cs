using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Tab;

/// <summary>One seat row of the Stuurgroepen page: the registry's seat with the names resolved.</summary>
internal sealed record TabSeat(MemberSeat Member, string OrganisationName, bool Active, bool EndsSoon);

/// <summary>
/// A stuurgroep as the Stuurgroepen page shows it: seats whose term has not ended, the werkgroepen, and the balance
/// report when the domain lets the viewer see it (<see cref="RegistryPermissions.CanViewComposition"/>: the chair of that
/// group or the community manager, as the chat command <c>samenstelling</c>).
/// </summary>
internal sealed record TabSteeringGroup(SteeringGroup Group, IReadOnlyList<TabSeat> Seats, IReadOnlyList<WorkingGroupSummary> WorkingGroups, CompositionReport? Balance)
{
    public IReadOnlyList<TabSeat> EndingSoon => [.. Seats.Where(s => s.EndsSoon).OrderBy(s => s.Member.Seat.TermEnd)];
}

/// <summary>Reads the registry for the Stuurgroepen page through the registry's application services (no rule of its own).</summary>
internal sealed class TabSteeringGroups(IMembershipDirectory directory, IRegistryViews queries, SeatEditor registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<TabSteeringGroup>> ReadAsync(TabViewer viewer, string? onlyGroup, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var groups = (await directory.GetSteeringGroupsAsync(ct)).Where(g => viewer.MaySee(g.Id) && (onlyGroup is null || g.Id == onlyGroup)).ToList();
        if (groups.Count == 0)
        {
            return [];
        }

        var organisations = (await directory.GetOrganisationsAsync(ct)).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var balance = await queries.CompositionAsync(viewer.Id, groups, now, ct);
        var reports = balance.IsSuccess ? balance.Value!.ToDictionary(r => r.Group.Id, r => r.Report, StringComparer.Ordinal) : [];
        var result = new List<TabSteeringGroup>();
        foreach (var group in groups)
        {
            var seats = (await directory.GetSeatsAsync(group.Id, ct))
                .Where(s => now < s.Seat.TermEnd)
                .OrderBy(s => SeatRolePolicy.For(s.Seat.Role).IsMember).ThenBy(s => s.Name, StringComparer.CurrentCulture)
                .Select(s => new TabSeat(
                    s,
                    organisations.TryGetValue(s.Seat.OrganisationId, out var o) ? o.Name : RegistryIds.OrganisationName(s.Seat.OrganisationId),
                    TermRules.IsActive(s.Seat, now),
                    TermRules.EndsSoon(s.Seat, now)))
                .ToList();
            result.Add(new TabSteeringGroup(group, seats, await registry.WorkingGroupsAsync(group.Id, ct), reports.GetValueOrDefault(group.Id)));
        }

        return result;
    }

    /// <summary>The balance as two charts' bars: members per province, and the mix (groot/klein, nieuw/ervaren, regional, pilot).</summary>
    public static (IReadOnlyList<ChartBar> Provinces, IReadOnlyList<ChartBar> Mix) Bars(CompositionReport report)
    {
        ChartBar Bar(string label, int count, string color) => new(label, count, Members(count), color);
        var provinces = report.PerProvince.OrderBy(p => p.Key).Select(p => Bar(p.Key.DisplayName(), p.Value, p.Value == 0 ? "#a4262c" : "#1f6f8b")).ToList();
        List<ChartBar> mix =
        [
            Bar(TabTexts.BigLibrary, report.Big, "#5c2d91"),
            Bar(TabTexts.SmallLibrary, report.Small, "#5c2d91"),
            Bar(TabTexts.Newcomer, report.Newcomers, "#8a5a00"),
            Bar(TabTexts.Experienced, report.Experienced, "#8a5a00"),
            Bar(TabTexts.Regional, report.Regional, "#0b6a0b"),
            Bar(TabTexts.PilotLibrary, report.Pilot, "#0b6a0b"),
        ];
        return (provinces, mix);
    }

    public static string Members(int count) => TabTexts.Members(count);
}
