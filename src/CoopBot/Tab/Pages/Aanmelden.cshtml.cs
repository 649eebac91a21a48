using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>The page Teams opens first: TeamsJS gets the SSO token and <c>/tab/sessie</c> turns it into a session.</summary>
internal sealed class AanmeldenModel(IHostEnvironment environment) : PageModel
{
    public string ReturnUrl { get; private set; } = TabPaths.Home;

    public bool DemoSignIn { get; private set; }

    public void OnGet(string? terug)
    {
        ReturnUrl = TabPaths.LocalOrHome(terug);
        DemoSignIn = environment.IsDevelopment() && TabPaths.IsLoopback(HttpContext);
    }
}
