using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CoopBot.Cli.Decisions;
using CoopBot.Decisions;
using CoopBot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Cli.Tab;

/// <summary>
/// <c>tab bench</c>: the real host on Kestrel loopback (Development, demo registry) with 10,000 register entries over the
/// 4 stuurgroepen and 10 years (fresh tables). Signs in as the community manager through the demo sign-in and measures,
/// over HTTP, the register page (unfiltered and filtered) as p50/p95, and the CSV export of all rows.
/// </summary>
internal static partial class TabBenchCommand
{
    private static readonly string[] Groups = ["basisinfrastructuur", "digitale-collecties", "beleven", "inspireren"];

    public static int Run(CliInvocation invocation)
    {
        var arguments = invocation.Arguments;
        arguments.ExpectPositional(0, "tab bench [--decisions 10000] [--requests 100]");
        var decisions = arguments.IntOption("decisions", 10_000, 40);
        var requests = arguments.IntOption("requests", 100, 5);
        return CliHost.Run(() => RunAsync(invocation.Out, decisions, requests));
    }

    private static async Task<int> RunAsync(TextWriter output, int decisions, int requests)
    {
        await using var host = CliHost.Build(Settings(), b => b.WebHost.UseUrls("http://127.0.0.1:0"), environmentName: "Development");
        host.MapCoopBot();
        await host.StartAsync();
        var url = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var seed = Stopwatch.StartNew();
        await SeedAsync(host.Services.GetRequiredService<DecisionRegister>(), decisions);
        await output.WriteLineAsync(Line($"seeded {decisions} decisions over {Groups.Length} stuurgroepen and 10 years in {seed.Elapsed.TotalSeconds:F1} s"));

        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        var cookies = await SignInAsync(http, "user-id-6");
        foreach (var (name, path) in new[] { ("register page", "/tab/besluiten"), ("register page, stuurgroep + year", "/tab/besluiten?stuurgroep=beleven&jaar=2021"), ("register page, amount range", "/tab/besluiten?min=50000&max=90000") })
        {
            var times = await TimeAsync(http, cookies, path, requests);
            await output.WriteLineAsync(Line($"{name}: p50 {Percentile(times, 0.50):F1} ms, p95 {Percentile(times, 0.95):F1} ms over {requests} requests (target p95 < 200 ms)"));
        }

        var rows = 0;
        // The kind filter keeps every row (all seeded entries are proposals) but makes the export filter each one.
        foreach (var (name, path) in new[] { ("CSV export, no filter", "/tab/besluiten/export.csv"), ("CSV export, filter soort=Voorstel", "/tab/besluiten/export.csv?soort=Voorstel") })
        {
            var exports = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                var csv = await GetAsync(http, cookies, path);
                exports.Add(watch.Elapsed.TotalMilliseconds);
                rows = csv.Count(c => c == '\n') - 1;
            }

            await output.WriteLineAsync(Line($"{name}, {rows} rows: median {Percentile(exports, 0.5):F0} ms, max {exports.Max():F0} ms over 5 requests (target < 2000 ms)"));
        }

        await host.StopAsync();
        return rows == decisions ? CliExitCodes.Success : CliExitCodes.Failure;
    }

    private static Task SeedAsync(DecisionRegister register, int count) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var at = new DateTimeOffset(2016 + (i % 10), 1 + (i / 10 % 12), 1 + (i / 120 % 28), 10, 0, 0, TimeSpan.Zero);
            var amount = 1_000_00L * (1 + (i % 250));
            await register.RecordAsync(
                new RegisterRow(Groups[i % Groups.Length], $"bench-{i:D5}", "Voorstel", $"Benchvoorstel {i}", at, at.AddDays(5), i % 7 == 0 ? "Definitief, bevestigd door directie" : "Besloten",
                    "Aangenomen", 5, 6, amount, i % 3 == 0, i % 20 == 0, null),
                ct);
        });

    private static async Task<string> SignInAsync(HttpClient http, string teamsId)
    {
        using var page = await http.GetAsync("/tab/dev/aanmelden");
        page.EnsureSuccessStatusCode();
        var antiforgery = CookiesOf(page);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/dev/aanmelden")
        {
            Content = new FormUrlEncodedContent([new("persoon", teamsId), new("__af", token)]),
        };
        request.Headers.TryAddWithoutValidation("Cookie", antiforgery);
        using var signedIn = await http.SendAsync(request);
        return antiforgery + "; " + CookiesOf(signedIn);
    }

    private static async Task<List<double>> TimeAsync(HttpClient http, string cookies, string path, int requests)
    {
        await GetAsync(http, cookies, path);
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await GetAsync(http, cookies, path);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<string> GetAsync(HttpClient http, string cookies, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Cookie", cookies);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
    }

    // The client keeps cookies itself: .NET's CookieContainer does not send Secure cookies over plain http to loopback.
    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';', 2)[0]) : []);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = string.Empty,
        ["Storage:TablePrefix"] = "tabbench" + Guid.NewGuid().ToString("N")[..8],
        ["Registry:SeedDemoData"] = "true",
        ["Broadcast:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
