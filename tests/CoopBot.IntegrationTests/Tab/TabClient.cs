using System.Net;
using System.Text.RegularExpressions;
using CoopBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>A browser-like client of the tab on the test server: https (so Secure cookies flow), cookies kept, no auto-redirect.</summary>
public sealed partial class TabClient : IDisposable
{
    private TabClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static TabClient For(CoopBotApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>TestServer leaves the remote address empty; the tab's Development sign-in needs a loopback caller, as on a dev box.</summary>
    public static void AsLoopbackCaller(IServiceCollection services) => services.AddSingleton<IStartupFilter, LoopbackCallerFilter>();

    /// <summary>A new client of <paramref name="app"/>, signed in as the demo person with that Teams id.</summary>
    public static async Task<TabClient> SignedInAsync(CoopBotApp app, string teamsUserId)
    {
        var client = For(app);
        await client.SignInAsDemoAsync(teamsUserId);
        return client;
    }

    /// <summary>The HTML from the element marked <c>data-testid="{testId}"</c> up to the next <paramref name="end"/>.</summary>
    public static string Part(string html, string testId, string end = "</section>")
    {
        var from = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(from >= 0, $"{testId} ontbreekt");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    /// <summary>Signs in through the Development sign-in page, with its antiforgery token, as the demo person with that Teams id.</summary>
    public async Task SignInAsDemoAsync(string teamsUserId)
    {
        var token = await AntiforgeryTokenAsync("/tab/dev/aanmelden");
        using var response = await Http.PostAsync("/tab/dev/aanmelden", Form(("persoon", teamsUserId), ("__af", token)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tab/overzicht", response.Headers.Location?.OriginalString);
    }

    public async Task<string> AntiforgeryTokenAsync(string path)
    {
        var html = await Http.GetStringAsync(path);
        return AntiforgeryField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery field on {path}.");
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private sealed class LoopbackCallerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
