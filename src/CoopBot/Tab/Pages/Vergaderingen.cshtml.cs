using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>Meetings per stuurgroep and year against the 1–3 rule, with agendas and published verslagen.</summary>
internal sealed class VergaderingenModel(TabViewerAccessor viewers, TabMeetings meetings) : PageModel
{
    public IReadOnlyList<TabMeetingYear> Years { get; private set; } = [];

    public int Year { get; private set; }

    public string? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? stuurgroep, string? jaar, CancellationToken ct)
    {
        if (await viewers.GetAsync(ct) is not { } viewer)
        {
            return Forbid();
        }

        Year = int.TryParse(jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : meetings.ThisYear;
        Selected = string.IsNullOrWhiteSpace(stuurgroep) ? null : stuurgroep;
        Years = await meetings.ReadAsync(viewer, Selected, Year, ct);
        return Page();
    }
}
