using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Budget.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>Deelbegroting per stuurgroep and year: chart and table, for members, Cultuurconnect bodies and the community manager.</summary>
internal sealed class BegrotingModel(TabViewerAccessor viewers, IMembershipDirectory directory, IBudgets budgets, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SteeringGroup> Groups { get; private set; } = [];

    public IReadOnlyList<(SteeringGroup Group, BudgetStatus Status)> Statuses { get; private set; } = [];

    public string? Selected { get; private set; }

    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? stuurgroep, string? jaar, CancellationToken ct)
    {
        if (await viewers.GetAsync(ct) is not { } viewer)
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        Year = int.TryParse(jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= BudgetYears.Min and <= BudgetYears.Max
            ? y
            : budgets.YearOf(now);
        Groups = (await directory.GetSteeringGroupsAsync(ct)).Where(g => viewer.IsInternalFor(g.Id, now)).ToList();
        Selected = Groups.Any(g => g.Id == stuurgroep) ? stuurgroep : null;
        var statuses = new List<(SteeringGroup, BudgetStatus)>();
        foreach (var group in Groups.Where(g => Selected is null || g.Id == Selected))
        {
            statuses.Add((group, await budgets.GetStatusAsync(group.Id, Year, ct)));
        }

        Statuses = statuses;
        return Page();
    }
}
