using CoopBot.Common;
using CoopBot.Confidentiality.Contracts;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Tab;

/// <summary>What the viewer may see of one stuurgroep's register: the scope, and whether confidential details show.</summary>
internal sealed record RegisterAccess(SteeringGroup Group, RegisterScope Scope, bool SeesConfidentialDetails);

/// <summary>One page of the register and whether more follow.</summary>
internal sealed record RegisterPage(IReadOnlyList<RegisterRow> Rows, bool HasMore);

/// <summary>
/// The besluitenregister for one viewer. The scope rule is the domain's <see cref="RegisterScopes"/> (members and
/// Cultuurconnect bodies: intern; coöperanten who are not members: publiek) and the details rule the NDA gate through
/// <see cref="INdaClearance"/>: a confidential entry of a non-signer keeps its status and outcome but loses its title,
/// amount and statement before any filter runs, so not even an amount range can reveal the amount.
/// </summary>
internal sealed class TabRegister(IMembershipDirectory directory, IDecisionRegisterReader register, INdaClearance ndas, IDecisionReader decisions, TimeProvider clock)
{
    public async Task<IReadOnlyList<RegisterAccess>> AccessAsync(TabViewer viewer, string? onlyGroup, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var groups = (await directory.GetSteeringGroupsAsync(ct)).Where(g => (onlyGroup is null || g.Id == onlyGroup) && viewer.MaySee(g.Id));
        // One NDA lookup per stuurgroep, side by side.
        return await Task.WhenAll(groups.Select(async group =>
        {
            var scope = viewer.IsInternalFor(group.Id, now) ? RegisterScope.Intern : RegisterScope.Publiek;
            var details = scope == RegisterScope.Intern && (await ndas.ClearanceAsync(group.Id, viewer.Id, now, ct)).IsSuccess;
            return new RegisterAccess(group, scope, details);
        }));
    }

    public async Task<RegisterPage> PageAsync(TabViewer viewer, RegisterFilter filter, CancellationToken ct) =>
        await PageAsync(await AccessAsync(viewer, filter.SteeringGroup, ct), filter, ct);

    /// <summary>One page of the filter over groups the caller already resolved with <see cref="AccessAsync"/> (no second lookup).</summary>
    public async Task<RegisterPage> PageAsync(IReadOnlyList<RegisterAccess> groups, RegisterFilter filter, CancellationToken ct)
    {
        var wanted = (filter.Page * RegisterFilter.PageSize) + 1;
        var rows = await CollectAsync(groups.Where(a => filter.SteeringGroup is null || a.Group.Id == filter.SteeringGroup).ToList(), filter, wanted, ct);
        return new RegisterPage(rows.Skip((filter.Page - 1) * RegisterFilter.PageSize).Take(RegisterFilter.PageSize).ToList(), rows.Count == wanted);
    }

    /// <summary>Every entry of the filter, as the page shows them (same scope, same redaction): the export's input.</summary>
    public async Task<IReadOnlyList<RegisterRow>> AllAsync(TabViewer viewer, RegisterFilter filter, CancellationToken ct) =>
        await CollectAsync(await AccessAsync(viewer, filter.SteeringGroup, ct), filter, int.MaxValue, ct);

    /// <summary>The decision's group access when the viewer may open it at all; null otherwise (shown as "not found").</summary>
    public async Task<(DecisionPlacement Poll, RegisterAccess Access)?> FindAsync(TabViewer viewer, string pollId, CancellationToken ct)
    {
        if (await decisions.FindAsync(pollId, ct) is not { } poll
            || await AccessAsync(viewer, poll.SteeringGroupId, ct) is not [var access, ..]
            || !RegisterScopes.Includes(access.Scope, poll.Confidential))
        {
            return null;
        }

        return (poll, access);
    }

    private async Task<IReadOnlyList<RegisterRow>> CollectAsync(IReadOnlyList<RegisterAccess> groups, RegisterFilter filter, int perGroup, CancellationToken ct)
    {
        var (from, to) = YearWindow(filter.Year);
        // The stuurgroepen are separate partitions: read them side by side, not one after the other.
        var perGroupRows = await Task.WhenAll(groups.Select(access => CollectGroupAsync(access, filter, from, to, perGroup, ct)));
        return perGroupRows.SelectMany(rows => rows)
            .OrderByDescending(e => e.CreatedAt).ThenBy(e => e.ItemId, StringComparer.Ordinal).Take(perGroup).ToList();
    }

    private async Task<List<RegisterRow>> CollectGroupAsync(
        RegisterAccess access, RegisterFilter filter, DateTimeOffset? from, DateTimeOffset? to, int perGroup, CancellationToken ct)
    {
        // Each stuurgroep's stream is newest first, so its first N matches hold every row of the merged first N. Without a
        // row filter N rows are read; with one (kind, status, amount) most rows are skipped, so read full pages.
        var pageSize = filter.FiltersRows ? 1000 : Math.Min(perGroup, 1000);
        var rows = new List<RegisterRow>();
        await foreach (var entry in register.StreamAsync(access.Group.Id, from, to, pageSize, filter.Narrowing, ct))
        {
            if (!RegisterScopes.Includes(access.Scope, entry.Confidential))
            {
                continue;
            }

            var shown = Redact(entry, access);
            if (filter.Matches(shown))
            {
                rows.Add(shown);
                if (rows.Count >= perGroup)
                {
                    break;
                }
            }
        }

        return rows;
    }

    public static RegisterRow Redact(RegisterRow entry, RegisterAccess access) =>
        entry.Confidential && !access.SeesConfidentialDetails
            ? entry with { Title = TabTexts.ConfidentialTitle, AmountCents = null, OutcomeStatement = null }
            : entry;

    private (DateTimeOffset? From, DateTimeOffset? To) YearWindow(int? year) => year is { } y
        ? (DutchFormat.ToUtc(new DateOnly(y, 1, 1), TimeOnly.MinValue, register.TimeZone), DutchFormat.ToUtc(new DateOnly(y + 1, 1, 1), TimeOnly.MinValue, register.TimeZone))
        : (null, null);
}
