using CoopBot.Registry.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>
/// Development only, loopback only (like the bot's anonymous mode): pick a person of the demo registry. Outside
/// Development this page has no route (see <see cref="TabServiceCollectionExtensions"/>); on another address it is 404.
/// </summary>
internal sealed class DevAanmeldenModel(IHostEnvironment environment, IMembershipDirectory directory, IDemoRegistry demo) : PageModel
{
    public IReadOnlyList<DemoSignInPerson> Persons { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Allowed())
        {
            return NotFound();
        }

        Persons = await demo.PersonsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? persoon, CancellationToken ct)
    {
        if (!Allowed())
        {
            return NotFound();
        }

        Persons = await demo.PersonsAsync(ct);
        var chosen = Persons.FirstOrDefault(p => p.TeamsUserId == persoon);
        if (chosen is null || await directory.FindPersonAsync(chosen.AadObjectId, ct) is not { } person)
        {
            Problem = TabTexts.NoDemoPerson;
            return Page();
        }

        await TabSessionEndpoint.StartAsync(HttpContext, person.AadObjectId, person.Name);
        return LocalRedirect(TabPaths.Home);
    }

    private bool Allowed() => environment.IsDevelopment() && TabPaths.IsLoopback(HttpContext);
}
