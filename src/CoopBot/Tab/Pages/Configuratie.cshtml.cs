using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>
/// The configurable tab's configuration page: pick the stuurgroep (preselected from the team's linked group); TeamsJS
/// saves a content URL that opens the register filtered to it. The list of stuurgroepen is not confidential.
/// </summary>
internal sealed class ConfiguratieModel(IMembershipDirectory directory) : PageModel
{
    public IReadOnlyList<SteeringGroup> Groups { get; private set; } = [];

    public string Origin => $"{Request.Scheme}://{Request.Host}";

    public async Task OnGetAsync(CancellationToken ct) => Groups = await directory.GetSteeringGroupsAsync(ct);
}
