using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>The personal tab: my stuurgroepen, open votes, confirmations, NDA status and FAQ tickets.</summary>
internal sealed class OverzichtModel(TabViewerAccessor viewers, TabOverview overview) : PageModel
{
    public Overview Overview { get; private set; } = new([], [], [], []);

    public bool HasBodies { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await viewers.GetAsync(ct) is not { } viewer)
        {
            return Forbid();
        }

        HasBodies = viewer.Bodies.Count > 0;
        Overview = await overview.BuildAsync(viewer, ct);
        return Page();
    }
}
