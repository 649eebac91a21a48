using Microsoft.Playwright;

namespace CoopBot.Testing;

/// <summary>
/// Headless Chromium for browser tests: Debian's <c>/usr/bin/chromium</c> (installed by <c>scripts/test.sh</c> with apt
/// when missing) driven by Microsoft.Playwright. Playwright's own browser builds are never downloaded; without the
/// Debian browser the test fails loudly with what to install.
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    /// <summary>Where Debian puts Chromium; <c>COOPBOT_CHROMIUM</c> overrides it.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("COOPBOT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"CHROMIUM MISSING: {ExecutablePath} does not exist. Install Debian's browser (`apt-get install -y chromium`, as root); "
                + "scripts/test.sh does this when it is missing.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            // --no-sandbox: the tests run as root in a container, where Chromium's sandbox cannot start.
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            });
            return new ChromiumBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh page (own context) with a desktop-sized viewport.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
