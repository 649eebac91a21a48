using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>One decision: question, options, result, participation, outcome, escalation, comments, audit trail.</summary>
internal sealed class BesluitModel(TabViewerAccessor viewers, TabDecisionPage pages) : PageModel
{
    public DecisionDetails? Details { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await viewers.GetAsync(ct) is not { } viewer)
        {
            return Forbid();
        }

        Details = await pages.BuildAsync(viewer, id, ct);
        return Details is null ? NotFound(TabTexts.NotFound) : Page();
    }
}
