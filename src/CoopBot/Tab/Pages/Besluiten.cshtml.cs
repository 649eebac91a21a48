using CoopBot.Domain.Decisions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>The besluitenregister with its filters; the export endpoints take the same query string.</summary>
internal sealed class BesluitenModel(TabViewerAccessor viewers, TabRegister register) : PageModel
{
    public RegisterFilter Filter { get; private set; } = RegisterFilter.Empty;

    public bool InvalidFilter { get; private set; }

    public IReadOnlyList<RegisterAccess> Groups { get; private set; } = [];

    public RegisterPage Results { get; private set; } = new([], false);

    public IReadOnlyList<string> Kinds { get; } = [.. PollKinds.All.Select(k => k.DisplayName), CoopBot.Submissions.SubmissionService.RegisterKind];

    public string? MinText => Filter.MinAmount is { } min ? min.Euros.ToString("0.##", TabTimeZone.Culture) : null;

    public string? MaxText => Filter.MaxAmount is { } max ? max.Euros.ToString("0.##", TabTimeZone.Culture) : null;

    public string GroupName(string id) => Groups.FirstOrDefault(g => g.Group.Id == id)?.Group.Name ?? id;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await viewers.GetAsync(ct) is not { } viewer)
        {
            return Forbid();
        }

        (Filter, InvalidFilter) = RegisterFilter.Parse(Request.Query);
        Groups = await register.AccessAsync(viewer, null, ct);
        Results = await register.PageAsync(Groups, Filter, ct);
        return Page();
    }
}
