using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>
/// Composition per stuurgroep (seats, terms, ratification, werkgroepen) for everyone who may open the stuurgroep; the
/// balance charts for the chair of that group and the community manager (the domain's rule, as in chat).
/// </summary>
internal sealed class StuurgroepenModel(TabViewerAccessor viewers, TabSteeringGroups steeringGroups) : PageModel
{
    public IReadOnlyList<TabSteeringGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? stuurgroep, CancellationToken ct)
    {
        if (await viewers.GetAsync(ct) is not { } viewer)
        {
            return Forbid();
        }

        Groups = await steeringGroups.ReadAsync(viewer, string.IsNullOrWhiteSpace(stuurgroep) ? null : stuurgroep, ct);
        return Page();
    }
}
